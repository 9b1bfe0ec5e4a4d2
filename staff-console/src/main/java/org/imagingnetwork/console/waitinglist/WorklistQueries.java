package org.imagingnetwork.console.waitinglist;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.imagingnetwork.console.access.Scope;
import org.imagingnetwork.core.time.London;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The waiting list's SQL: requests a scope may see (referred by one of its trusts, or booked at
 * one of its sites), narrowed by the filter ({@link WorklistCriteria}), in clinical order — most
 * urgent priority first, then the earliest breach date, then the longest wait. A page picks its
 * requests from the request table alone and only then joins their patients and live appointments.
 */
@Singleton
final class WorklistQueries {

    /** The columns of the list's rows, from the requests %s names (as r). */
    private static final String ROWS = """
            select r.id, p.id as patient_id, p.nhs_number, p.given_name || ' ' || p.family_name as patient_name,
                   p.date_of_birth, r.exam_code, e.name as exam_name, e.modality, r.priority, r.state,
                   r.referring_trust, r.received_at, r.breach_date, r.short_notice,
                   booked.site_name, booked.starts_at
            from %s
            join patient p on p.id = r.patient_id
            join exam e on e.code = r.exam_code
            left join lateral (
                select si.name as site_name, s.starts_at
                from appointment a
                join slot s on s.id = a.slot_id
                join room ro on ro.id = s.room_id
                join site si on si.ods_code = ro.site_ods_code
                where a.request_id = r.id and a.status in ('BOOKED', 'ARRIVED', 'FULFILLED')
            ) booked on true
            """;

    private static final String PAGE = " limit :limit offset :offset";

    private final Jdbi jdbi;

    WorklistQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    WorklistPage page(Scope scope, WorklistFilter filter, Instant now, SitesWithFreeSlot free) {
        WorklistCriteria criteria = criteria(scope, filter, now, free);
        int offset = (filter.page() - 1) * WorklistFilter.PAGE_SIZE;
        return jdbi.withHandle(h -> {
            Picked picked = filter.noSlotBeforeBreach() ? pickCounting(h, criteria, offset) : pick(h, criteria, offset);
            List<WorklistRow> rows = h.createQuery(
                            ROWS.formatted("request r") + " where r.id = any(:ids)" + WorklistCriteria.ORDER)
                    .bindArray("ids", Long.class, picked.ids())
                    .map((rs, ctx) -> row(rs, now))
                    .list();
            return new WorklistPage(rows, picked.total(), filter.page(), WorklistFilter.PAGE_SIZE);
        });
    }

    /** The page's requests and how many match in all. */
    private record Picked(List<Long> ids, long total) {}

    /** The count, then the page by walking the clinical-order index until it has its rows. */
    private static Picked pick(Handle h, WorklistCriteria criteria, int offset) {
        List<Long> ids = criteria.bind(
                        h.createQuery("select r.id from request r" + criteria.where() + WorklistCriteria.ORDER + PAGE))
                .bind("limit", WorklistFilter.PAGE_SIZE)
                .bind("offset", offset)
                .mapTo(Long.class)
                .list();
        return new Picked(ids, count(h, criteria));
    }

    /**
     * The page and the count from one scan. "No slot before breach" is a hash lookup per request when
     * every request is read (as a count reads them), but walking the index for a page, PostgreSQL
     * compares each request with every row of the free-slot table instead; asking for the count with
     * the page makes it read them all once, the cheap way.
     */
    private static Picked pickCounting(Handle h, WorklistCriteria criteria, int offset) {
        List<long[]> picked = criteria.bind(h.createQuery("select r.id, r.total from (select r.id, r.priority,"
                        + " r.breach_date, r.received_at, count(*) over () as total from request r"
                        + criteria.where() + ") r" + WorklistCriteria.ORDER + PAGE))
                .bind("limit", WorklistFilter.PAGE_SIZE)
                .bind("offset", offset)
                .map((rs, ctx) -> new long[] {rs.getLong("id"), rs.getLong("total")})
                .list();
        return picked.isEmpty()
                ? new Picked(List.of(), count(h, criteria))
                : new Picked(picked.stream().map(p -> p[0]).toList(), picked.get(0)[1]);
    }

    private static long count(Handle h, WorklistCriteria criteria) {
        return criteria.bind(h.createQuery("select count(*) from request r" + criteria.where()))
                .mapTo(Long.class)
                .one();
    }

    /** Every request the filter matches, in the list's order, streamed (the CSV export). */
    void each(Scope scope, WorklistFilter filter, Instant now, SitesWithFreeSlot free, Consumer<WorklistRow> sink) {
        WorklistCriteria criteria = criteria(scope, filter, now, free);
        jdbi.useHandle(h -> {
            try (var rows = criteria
                    .bind(h.createQuery(ROWS.formatted("request r") + criteria.where() + WorklistCriteria.ORDER))
                    .setFetchSize(500)
                    .map((rs, ctx) -> row(rs, now))
                    .stream()) {
                rows.forEach(sink);
            }
        });
    }

    /** The first free released slot for each exam at each site, from now on. */
    List<EarliestFree> earliestFree(Instant now) {
        return jdbi.withHandle(h -> h.createQuery("""
                        with firsts as (
                            select s.session_id, min(s.starts_at) as at
                            from slot s
                            where s.status = 'FREE' and s.starts_at > :now
                            group by s.session_id)
                        select x.exam, ro.site_ods_code as site, min(f.at) as at
                        from firsts f
                        join session se on se.id = f.session_id and se.status = 'RELEASED'
                        join room ro on ro.id = se.room_id
                        cross join lateral unnest(se.allowed_exams) as x(exam)
                        group by x.exam, ro.site_ods_code
                        """)
                .bind("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .map((rs, ctx) -> new EarliestFree(
                        rs.getString("exam"),
                        rs.getString("site"),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list());
    }

    private static WorklistCriteria criteria(Scope scope, WorklistFilter filter, Instant now, SitesWithFreeSlot free) {
        return new WorklistCriteria(scope, filter, London.clinicDay(now), free);
    }

    private static WorklistRow row(ResultSet rs, Instant now) throws SQLException {
        Instant received = rs.getObject("received_at", OffsetDateTime.class).toInstant();
        Timestamp appointment = rs.getTimestamp("starts_at");
        return new WorklistRow(
                rs.getLong("id"),
                rs.getLong("patient_id"),
                rs.getString("nhs_number"),
                rs.getString("patient_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("exam_code"),
                rs.getString("exam_name"),
                rs.getString("modality"),
                rs.getString("priority"),
                rs.getString("state"),
                rs.getString("referring_trust"),
                received,
                rs.getObject("breach_date", LocalDate.class),
                (int) (java.time.Duration.between(received, now).toDays() / 7),
                rs.getBoolean("short_notice"),
                Optional.ofNullable(rs.getString("site_name")),
                Optional.ofNullable(appointment).map(Timestamp::toInstant));
    }
}
