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
}
