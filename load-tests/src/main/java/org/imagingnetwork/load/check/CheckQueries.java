package org.imagingnetwork.load.check;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** What the checker reads from PostgreSQL after a run. */
final class CheckQueries {

    private final Jdbi jdbi;

    CheckQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Live appointments (booked, arrived or done) on each of these slots; a slot with none is in the map with 0. */
    Map<Long, Integer> liveAppointmentsOn(List<Long> slots) {
        Map<Long, Integer> counts = jdbi.withHandle(h -> h
                .createQuery("""
                        select s.id, count(a.id) as live
                        from slot s left join appointment a on a.slot_id = s.id and a.status in ('BOOKED', 'ARRIVED', 'FULFILLED')
                        where s.id = any(:slots)
                        group by s.id
                        """)
                .bind("slots", slots.toArray(Long[]::new))
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getInt("live")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        return counts;
    }

    /** Requests holding more than one live appointment anywhere in the network. */
    long requestsBookedTwice() {
        return count("""
                select count(*) from (select request_id from appointment where status in ('BOOKED', 'ARRIVED', 'FULFILLED')
                                      group by request_id having count(*) > 1) doubled
                """);
    }

    /** Slots with more than one live appointment anywhere in the network. */
    long slotsBookedTwice() {
        return count("""
                select count(*) from (select slot_id from appointment where status in ('BOOKED', 'ARRIVED', 'FULFILLED')
                                      group by slot_id having count(*) > 1) doubled
                """);
    }

    /** Live appointments whose slot is not marked booked, or booked slots with no live appointment. */
    long slotsOutOfStep() {
        return count("""
                select count(*) from slot s
                left join appointment a on a.slot_id = s.id and a.status in ('BOOKED', 'ARRIVED', 'FULFILLED')
                where (s.status = 'BOOKED') <> (a.id is not null)
                """);
    }

    private long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /**
     * For each trust, every appointment the network sent its RIS a change of, with the status the
     * RIS should now hold (FHIR's code: a moved appointment is cancelled there).
     */
    Map<String, Map<String, String>> appointmentsSentToEachRis() {
        Map<String, Map<String, String>> byTrust = new java.util.TreeMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        select distinct o.trust_ods_code, a.id::text as appointment, a.status
                        from outbox o join appointment a on a.id = o.appointment_id
                        """)
                .map((rs, ctx) -> byTrust.computeIfAbsent(
                                rs.getString("trust_ods_code"), k -> new java.util.HashMap<>())
                        .put(rs.getString("appointment"), fhirStatus(rs.getString("status"))))
                .list());
        return byTrust;
    }

    /** Changes not yet delivered to a RIS: waiting or being tried. */
    long undelivered() {
        return count("select count(*) from outbox where status = 'PENDING'");
    }

    /** Changes the relay gave up on, parked for staff. */
    long parked() {
        return count("select count(*) from outbox where status = 'FAILED'");
    }

    private static String fhirStatus(String status) {
        return switch (status) {
            case "BOOKED" -> "booked";
            case "ARRIVED" -> "arrived";
            case "FULFILLED" -> "fulfilled";
            case "NOSHOW" -> "noshow";
            default -> "cancelled";
        };
    }

    /** The slot of the request's live appointment, if it has one. */
    java.util.Optional<Long> liveSlotOf(long request) {
        return jdbi.withHandle(h ->
                h.createQuery("""
                        select slot_id from appointment
                        where request_id = :request and status in ('BOOKED', 'ARRIVED', 'FULFILLED')
                        """).bind("request", request).mapTo(Long.class).findOne());
    }
}
