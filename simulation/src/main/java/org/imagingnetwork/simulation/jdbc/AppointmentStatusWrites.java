package org.imagingnetwork.simulation.jdbc;

import java.time.Instant;
import java.util.Optional;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.AppointmentStatus;
import org.imagingnetwork.core.jdbc.RequestTransitions;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.request.Transition;
import org.jdbi.v3.core.Jdbi;

/**
 * A RIS's report that a booked appointment was fulfilled or missed, written as the FHIR boundary's
 * appointment status update writes it: the appointment's status, a STATUS outbox row for the RIS of
 * the trust whose site holds it, and the request's move with its event row, in one transaction.
 */
public final class AppointmentStatusWrites {

    private final Jdbi jdbi;

    public AppointmentStatusWrites(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** False, with nothing written, unless the appointment is booked and its request appointed. */
    public boolean record(AppointmentId id, AppointmentStatus status, RequestState target, String actor, Instant at) {
        return jdbi.inTransaction(h -> {
            Optional<RequestId> request = h.createQuery("""
                            select a.request_id from appointment a join request r on r.id = a.request_id
                            where a.id = :id and a.status = 'BOOKED' and r.state = 'APPOINTED'
                            for update of a, r
                            """)
                    .bind("id", id.value())
                    .map((rs, ctx) -> new RequestId(rs.getLong("request_id")))
                    .findOne();
            if (request.isEmpty()) {
                return false;
            }
            h.createUpdate("""
                            with changed as (
                                update appointment set status = :status, version = version + 1 where id = :id
                                returning id, slot_id)
                            insert into outbox (appointment_id, trust_ods_code, change, appointment_status,
                                                created_at, next_attempt_at)
                            select c.id, si.trust_ods_code, 'STATUS', :status, :at, :at
                            from changed c join slot s on s.id = c.slot_id join room ro on ro.id = s.room_id
                            join site si on si.ods_code = ro.site_ods_code
                            """)
                    .bind("id", id.value())
                    .bind("status", status.name())
                    .bind("at", BookingQueries.utc(at))
                    .execute();
            return RequestTransitions.apply(
                    h,
                    Transition.of(
                            request.get(),
                            RequestState.APPOINTED,
                            target,
                            actor,
                            "RIS reported the appointment " + status.name().toLowerCase(),
                            at));
        });
    }
}
