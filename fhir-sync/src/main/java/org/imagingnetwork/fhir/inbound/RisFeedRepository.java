package org.imagingnetwork.fhir.inbound;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.core.booking.AppointmentStatus;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.outbox.OutboxChange;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** What the inbound endpoint reads and writes beyond the request service: appointments and ownership. */
final class RisFeedRepository {

    private final Jdbi jdbi;

    RisFeedRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Locks the appointment for a status change, if it belongs to this trust: the trust that
     * referred the request, or the trust whose site the appointment is at.
     */
    Optional<HeldAppointment> lockForTrust(Handle handle, UUID appointment, OdsCode trust) {
        return handle.createQuery("""
                        select a.id, a.status, a.request_id, r.state, st.trust_ods_code as site_trust
                        from appointment a
                        join request r on r.id = a.request_id
                        join slot s on s.id = a.slot_id
                        join room rm on rm.id = s.room_id
                        join site st on st.ods_code = rm.site_ods_code
                        where a.id = :id and (r.referring_trust = :trust or st.trust_ods_code = :trust)
                        for update of a, r
                        """)
                .bind("id", appointment)
                .bind("trust", trust.value())
                .map((rs, ctx) -> new HeldAppointment(
                        rs.getObject("id", UUID.class),
                        AppointmentStatus.valueOf(rs.getString("status")),
                        new RequestId(rs.getLong("request_id")),
                        RequestState.valueOf(rs.getString("state")),
                        new OdsCode(rs.getString("site_trust"))))
                .findOne();
    }

    /**
     * Sets the appointment's status and queues the change for the RIS of the trust whose site holds
     * it, in the caller's transaction: that RIS then holds our appointment in the reported status and
     * its slot as the diary now has it (free after a no-show), whichever trust reported it.
     */
    void setStatus(Handle handle, HeldAppointment held, AppointmentStatus status, Instant at) {
        handle.createUpdate("""
                        with changed as (
                            update appointment set status = :status, version = version + 1 where id = :id
                            returning id)
                        insert into outbox (appointment_id, trust_ods_code, change, appointment_status,
                                            created_at, next_attempt_at)
                        select id, :trust, :change, :status, :at, :at from changed
                        """)
                .bind("id", held.id())
                .bind("status", status.name())
                .bind("trust", held.siteTrust().value())
                .bind("change", OutboxChange.STATUS.name())
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .execute();
    }

    /** Whether the trust referred this request or has had an appointment for it at one of its sites. */
    boolean ownsRequest(RequestId request, OdsCode trust) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select exists (
                            select 1 from request r where r.id = :id and r.referring_trust = :trust
                            union all
                            select 1 from appointment a
                            join slot s on s.id = a.slot_id
                            join room rm on rm.id = s.room_id
                            join site st on st.ods_code = rm.site_ods_code
                            where a.request_id = :id and st.trust_ods_code = :trust)
                        """)
                .bind("id", request.value())
                .bind("trust", trust.value())
                .mapTo(Boolean.class)
                .one());
    }

    /** An appointment locked for a status change; {@code siteTrust} owns the site, and so the RIS, it is at. */
    record HeldAppointment(
            UUID id, AppointmentStatus status, RequestId request, RequestState requestState, OdsCode siteTrust) {}
}
