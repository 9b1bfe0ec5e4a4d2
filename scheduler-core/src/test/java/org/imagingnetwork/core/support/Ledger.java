package org.imagingnetwork.core.support;

import java.util.List;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.jdbi.v3.core.Jdbi;

/** Reads back what the booking tables hold, for assertions. */
public final class Ledger {
    private final Jdbi jdbi;

    public Ledger(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Long> liveSlotsOf(RequestId request) {
        return jdbi.withHandle(h ->
                h.createQuery("""
                        select slot_id from appointment
                        where request_id = :id and status in ('BOOKED', 'ARRIVED', 'FULFILLED') order by slot_id
                        """).bind("id", request.value()).mapTo(Long.class).list());
    }

    public long liveAppointmentsOnSlot(long slot) {
        return count(
                "select count(*) from appointment where slot_id = :id and status in ('BOOKED', 'ARRIVED', 'FULFILLED')",
                slot);
    }

    public String slotStatus(long slot) {
        return jdbi.withHandle(h -> h.createQuery("select status from slot where id = :id")
                .bind("id", slot)
                .mapTo(String.class)
                .one());
    }

    public String requestState(RequestId request) {
        return jdbi.withHandle(h -> h.createQuery("select state from request where id = :id")
                .bind("id", request.value())
                .mapTo(String.class)
                .one());
    }

    public List<String> outboxChangesOfPatient(PatientId patient) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select o.change from outbox o join appointment a on a.id = o.appointment_id
                        join request r on r.id = a.request_id where r.patient_id = :id order by o.id
                        """)
                .bind("id", patient.value())
                .mapTo(String.class)
                .list());
    }

    /** Row counts of every table a booking writes, to prove a refused change wrote nothing. */
    public List<Long> bookingTableCounts() {
        return jdbi.withHandle(h -> h.createQuery("""
                        select (select count(*) from appointment), (select count(*) from outbox),
                               (select count(*) from request_event), (select count(*) from slot_release),
                               (select count(*) from slot where status = 'BOOKED'), (select coalesce(sum(version), 0) from request)
                        """)
                .map((rs, ctx) -> List.of(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .one());
    }

    private long count(String sql, long id) {
        return jdbi.withHandle(
                h -> h.createQuery(sql).bind("id", id).mapTo(Long.class).one());
    }
}
