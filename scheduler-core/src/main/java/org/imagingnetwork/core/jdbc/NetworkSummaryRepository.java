package org.imagingnetwork.core.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.demo.NetworkSummary;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.time.London;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Reads the summary of the network in the database. A slot counts as free when it is free and its
 * session is released: only those can be booked. The earliest free slot per ICS and modality is
 * found room by room through the free-slot index, so it stays quick on a million slots.
 */
public final class NetworkSummaryRepository {

    private static final Duration SIX_WEEKS = Duration.ofDays(42);

    private final Jdbi jdbi;

    public NetworkSummaryRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The summary as of {@code from}: earliest free slots and six-week figures are counted from then. */
    public NetworkSummary summary(Instant from) {
        // One snapshot for every figure, so they add up even while the network is being booked.
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
            Map<String, Object> counts = h.createQuery("""
                            select (select count(*) from ics) as ics,
                                   (select count(*) from trust) as trusts,
                                   (select count(*) from site) as sites,
                                   (select count(*) from site where kind = 'CDC') as cdcs,
                                   (select count(*) from staff) as staff,
                                   (select count(*) from session) as sessions,
                                   (select count(*) from patient) as patients
                            """).mapToMap().one();
            Map<String, Object> slots = h.createQuery("""
                            select count(*) filter (where s.status = 'FREE' and se.status = 'RELEASED') as free,
                                   count(*) filter (where s.status = 'BOOKED') as booked,
                                   count(*) as total
                            from slot s join session se on se.id = s.session_id
                            """).mapToMap().one();
            long free = number(slots, "free");
            long booked = number(slots, "booked");
            return new NetworkSummary(
                    from,
                    (int) number(counts, "ics"),
                    (int) number(counts, "trusts"),
                    (int) number(counts, "sites"),
                    (int) number(counts, "cdcs"),
                    rooms(h),
                    (int) number(counts, "staff"),
                    (int) number(counts, "sessions"),
                    free,
                    booked,
                    number(slots, "total") - free - booked,
                    (int) number(counts, "patients"),
                    requests(h),
                    earliest(h, from),
                    waitingLists(h, from));
        });
    }

    private static Map<Modality, Integer> rooms(Handle h) {
        Map<Modality, Integer> rooms = new EnumMap<>(Modality.class);
        h.createQuery("select modality, count(*) as rooms from room group by modality")
                .map((rs, ctx) -> Map.entry(Modality.valueOf(rs.getString("modality")), rs.getInt("rooms")))
                .forEach(e -> rooms.put(e.getKey(), e.getValue()));
        return rooms;
    }

    private static Map<RequestState, Long> requests(Handle h) {
        Map<RequestState, Long> requests = new EnumMap<>(RequestState.class);
        h.createQuery("select state, count(*) as requests from request group by state")
                .map((rs, ctx) -> Map.entry(RequestState.valueOf(rs.getString("state")), rs.getLong("requests")))
                .forEach(e -> requests.put(e.getKey(), e.getValue()));
        return requests;
    }

    private static List<NetworkSummary.EarliestFreeSlot> earliest(Handle h, Instant from) {
        return h.createQuery("""
                        select distinct on (t.ics_code, r.modality)
                               t.ics_code, i.name as ics_name, r.modality, f.starts_at, si.name as site_name
                        from room r
                        join site si on si.ods_code = r.site_ods_code
                        join trust t on t.ods_code = si.trust_ods_code
                        join ics i on i.code = t.ics_code
                        cross join lateral (
                            select s.starts_at, s.id
                            from slot s join session se on se.id = s.session_id
                            where s.room_id = r.id and s.status = 'FREE' and s.starts_at >= :from
                              and se.status = 'RELEASED'
                            order by s.starts_at, s.id
                            limit 1) f
                        order by t.ics_code, r.modality, f.starts_at, f.id
                        """)
                .bind("from", Rows.utc(from))
                .map((rs, ctx) -> new NetworkSummary.EarliestFreeSlot(
                        rs.getString("ics_code"),
                        rs.getString("ics_name"),
                        Modality.valueOf(rs.getString("modality")),
                        Rows.instant(rs, "starts_at"),
                        rs.getString("site_name")))
                .list();
    }

    private static List<NetworkSummary.TrustWaitingList> waitingLists(Handle h, Instant from) {
        return h.createQuery("""
                        select t.ods_code, t.name,
                               (select count(*) from request r
                                where r.referring_trust = t.ods_code and r.state = 'WAITING') as waiting,
                               (select count(*) from request r
                                where r.referring_trust = t.ods_code and r.state = 'WAITING'
                                  and r.breach_date < :today) as breached,
                               (select count(*)
                                from site si
                                join room rm on rm.site_ods_code = si.ods_code
                                join slot s on s.room_id = rm.id
                                join session se on se.id = s.session_id
                                where si.trust_ods_code = t.ods_code and s.status = 'FREE' and se.status = 'RELEASED'
                                  and s.starts_at >= :from and s.starts_at < :until) as free
                        from trust t
                        order by t.ods_code
                        """)
                .bind("today", London.clinicDay(from))
                .bind("from", Rows.utc(from))
                .bind("until", Rows.utc(from.plus(SIX_WEEKS)))
                .map((rs, ctx) -> new NetworkSummary.TrustWaitingList(
                        rs.getString("ods_code"),
                        rs.getString("name"),
                        rs.getLong("waiting"),
                        rs.getLong("breached"),
                        rs.getLong("free")))
                .list();
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
