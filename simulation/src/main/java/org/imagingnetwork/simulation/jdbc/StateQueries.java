package org.imagingnetwork.simulation.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.offer.OfferId;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;
import org.jdbi.v3.core.Jdbi;

/** What the simulation reads of the network's state to decide what happens next. */
public final class StateQueries {

    private final Jdbi jdbi;

    public StateQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A live appointment, with the trust whose site holds it. */
    public record Booked(AppointmentId id, RequestId request, Instant startsAt, Instant endsAt, String siteTrust) {}

    /** A referral to vet, with what vetting records for it. */
    public record ToVet(
            RequestId id,
            Priority priority,
            Instant receivedAt,
            boolean contrast,
            boolean sedation,
            Optional<Integer> weightKg) {}

    /** An open offer the planner made for a waiting request. */
    public record Proposal(OfferId id, RequestId request, PatientId patient, SlotId slot) {}

    public List<Booked> liveAppointments() {
        return jdbi.withHandle(h -> h.createQuery("""
                        select a.id, a.request_id, s.starts_at, s.ends_at, si.trust_ods_code
                        from appointment a join slot s on s.id = a.slot_id join room ro on ro.id = s.room_id
                        join site si on si.ods_code = ro.site_ods_code
                        where a.status = 'BOOKED'
                        order by s.starts_at, a.id
                        """)
                .map((rs, ctx) -> new Booked(
                        new AppointmentId(rs.getObject("id", UUID.class)),
                        new RequestId(rs.getLong("request_id")),
                        BookingQueries.instant(rs, "starts_at"),
                        BookingQueries.instant(rs, "ends_at"),
                        rs.getString("trust_ods_code")))
                .list());
    }

    /** The appointment, if it is still booked. */
    public Optional<Booked> liveAppointment(AppointmentId id) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select a.id, a.request_id, s.starts_at, s.ends_at, si.trust_ods_code
                        from appointment a join slot s on s.id = a.slot_id join room ro on ro.id = s.room_id
                        join site si on si.ods_code = ro.site_ods_code
                        where a.id = :id and a.status = 'BOOKED'
                        """)
                .bind("id", id.value())
                .map((rs, ctx) -> new Booked(
                        new AppointmentId(rs.getObject("id", UUID.class)),
                        new RequestId(rs.getLong("request_id")),
                        BookingQueries.instant(rs, "starts_at"),
                        BookingQueries.instant(rs, "ends_at"),
                        rs.getString("trust_ods_code")))
                .findOne());
    }

    public List<ToVet> received(List<RequestId> ids) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select r.id, r.priority, r.received_at, r.needs_contrast,
                               r.needs_sedation or r.needs_general_anaesthetic as sedation, r.weight_kg
                        from request r
                        where r.state = 'RECEIVED' and (cardinality(:ids) = 0 or r.id = any(:ids))
                        order by r.received_at, r.id
                        """)
                .bind("ids", ids.stream().mapToLong(RequestId::value).toArray())
                .map((rs, ctx) -> new ToVet(
                        new RequestId(rs.getLong("id")),
                        Priority.valueOf(rs.getString("priority")),
                        BookingQueries.instant(rs, "received_at"),
                        rs.getBoolean("needs_contrast"),
                        rs.getBoolean("sedation"),
                        Optional.ofNullable((Integer) rs.getObject("weight_kg"))))
                .list());
    }

    public List<RequestId> inState(RequestState state) {
        return jdbi.withHandle(h -> h.createQuery("select id from request where state = :state order by id")
                .bind("state", state.name())
                .map((rs, ctx) -> new RequestId(rs.getLong("id")))
                .list());
    }

    /**
     * The trust's CT or MR room with the most patients booked on these days, where a breakdown hurts
     * most; empty when it has none booked.
     */
    public Optional<String> busiestScanner(String trust, LocalDate first, LocalDate last) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select ro.id from appointment a join slot s on s.id = a.slot_id
                        join session se on se.id = s.session_id join room ro on ro.id = s.room_id
                        join site si on si.ods_code = ro.site_ods_code
                        where a.status = 'BOOKED' and si.trust_ods_code = :trust and ro.modality in ('CT', 'MR')
                          and se.clinic_date between :first and :last
                        group by ro.id
                        order by count(*) desc, ro.id
                        limit 1
                        """)
                .bind("trust", trust)
                .bind("first", first)
                .bind("last", last)
                .mapTo(String.class)
                .findOne());
    }

    /** The network's trusts, by code. */
    public List<String> trusts() {
        return jdbi.withHandle(h -> h.createQuery("select ods_code from trust order by ods_code")
                .mapTo(String.class)
                .list());
    }

    public String modalityOf(String room) {
        return jdbi.withHandle(h -> h.createQuery("select modality from room where id = :room")
                .bind("room", room)
                .mapTo(String.class)
                .one());
    }

    /** The room's released sessions on these days that have not ended by {@code now}. */
    public List<SessionId> sessionsOf(String room, LocalDate first, LocalDate last, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select id from session
                        where room_id = :room and clinic_date between :first and :last and status = 'RELEASED'
                          and ends_at > :now
                        order by starts_at
                        """)
                .bind("room", room)
                .bind("first", first)
                .bind("last", last)
                .bind("now", BookingQueries.utc(now))
                .map((rs, ctx) -> new SessionId(rs.getLong("id")))
                .list());
    }

    public List<Proposal> openOffers(String source) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select o.id, o.request_id, r.patient_id, o.slot_id
                        from offer o join request r on r.id = o.request_id
                        where o.source = :source and o.status = 'OPEN'
                        order by o.request_id
                        """)
                .bind("source", source)
                .map((rs, ctx) -> new Proposal(
                        new OfferId(rs.getObject("id", UUID.class)),
                        new RequestId(rs.getLong("request_id")),
                        new PatientId(rs.getLong("patient_id")),
                        new SlotId(rs.getLong("slot_id"))))
                .list());
    }
}
