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
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The waiting list's SQL: requests a scope may see (referred by one of its trusts, or booked at
 * one of its sites), narrowed by the filter, in clinical order — most urgent priority first, then
 * the earliest breach date, then the longest wait.
 */
@Singleton
final class WorklistQueries {

    private static final String FROM_WHERE = """
            from request r
            join patient p on p.id = r.patient_id
            join exam e on e.code = r.exam_code
            left join lateral (
                select si.name as site_name, si.ods_code as site_code, si.trust_ods_code as site_trust, s.starts_at
                from appointment a
                join slot s on s.id = a.slot_id
                join room ro on ro.id = s.room_id
                join site si on si.ods_code = ro.site_ods_code
                where a.request_id = r.id and a.status in ('BOOKED', 'ARRIVED', 'FULFILLED')
            ) booked on true
            where r.state = any(:states)
              and (r.referring_trust = any(:scope) or booked.site_trust = any(:scope))
              and (cast(:trust as text) is null or r.referring_trust = :trust)
              and (cast(:site as text) is null or booked.site_code = :site or :site = any(r.acceptable_sites))
              and (cast(:modality as text) is null or e.modality = :modality)
              and (cast(:exam as text) is null or r.exam_code = :exam)
              and (cast(:priority as text) is null or r.priority = :priority)
              and (cast(:waitedFrom as timestamptz) is null or r.received_at <= :waitedFrom)
              and (cast(:waitedTo as timestamptz) is null or r.received_at > :waitedTo)
              and (cast(:breachBy as date) is null or r.breach_date <= :breachBy)
              and (not :shortNoticeOnly or r.short_notice)
              and (not :noSlotBeforeBreach or not exists (
                    select 1 from unnest(cast(:freeExams as text[]), cast(:freeSites as text[]), cast(cast(:freeAt as text[]) as timestamptz[]))
                                  as f(exam, site, at)
                    where f.exam = r.exam_code and f.at < r.breach_date
                      and (cardinality(r.acceptable_sites) = 0 or f.site = any(r.acceptable_sites))))
            """;

    private static final String ORDER = """
            order by case r.priority when 'URGENT' then 0 when 'TWO_WEEK_WAIT' then 1 when 'ROUTINE' then 2 else 3 end,
                     r.breach_date, r.received_at, r.id
            """;

    private static final String COLUMNS = """
            select r.id, p.id as patient_id, p.nhs_number, p.given_name || ' ' || p.family_name as patient_name,
                   p.date_of_birth, r.exam_code, e.name as exam_name, e.modality, r.priority, r.state,
                   r.referring_trust, r.received_at, r.breach_date, r.short_notice,
                   booked.site_name, booked.starts_at
            """;

    private final Jdbi jdbi;

    WorklistQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    WorklistPage page(Scope scope, WorklistFilter filter, Instant now, List<EarliestFree> free) {
        return jdbi.withHandle(h -> {
            long total = bind(h.createQuery("select count(*) " + FROM_WHERE), scope, filter, now, free)
                    .mapTo(Long.class)
                    .one();
            List<WorklistRow> rows = bind(
                            h.createQuery(COLUMNS + FROM_WHERE + ORDER + " limit :limit offset :offset"),
                            scope,
                            filter,
                            now,
                            free)
                    .bind("limit", WorklistFilter.PAGE_SIZE)
                    .bind("offset", (filter.page() - 1) * WorklistFilter.PAGE_SIZE)
                    .map((rs, ctx) -> row(rs, now))
                    .list();
            return new WorklistPage(rows, total, filter.page(), WorklistFilter.PAGE_SIZE);
        });
    }

    /** Every request the filter matches, in the list's order, streamed (the CSV export). */
    void each(Scope scope, WorklistFilter filter, Instant now, List<EarliestFree> free, Consumer<WorklistRow> sink) {
        jdbi.useHandle(h -> {
            try (var rows = bind(h.createQuery(COLUMNS + FROM_WHERE + ORDER), scope, filter, now, free)
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

    private static <S extends SqlStatement<S>> S bind(
            S statement, Scope scope, WorklistFilter filter, Instant now, List<EarliestFree> free) {
        LocalDate today = org.imagingnetwork.core.time.London.clinicDay(now);
        return statement
                .bindArray("states", String.class, filter.states())
                .bindArray("scope", String.class, List.of(scope.trustArray()))
                .bind("trust", filter.trust().orElse(null))
                .bind("site", filter.site().orElse(null))
                .bind("modality", filter.modality().map(Enum::name).orElse(null))
                .bind("exam", filter.exam().orElse(null))
                .bind("priority", filter.priority().map(Enum::name).orElse(null))
                .bind("waitedFrom", filter.band().map(b -> weeksAgo(today, b)).orElse(null))
                .bind(
                        "waitedTo",
                        filter.band()
                                .filter(b -> b < WorklistFilter.LAST_BAND)
                                .map(b -> weeksAgo(today, b + 1))
                                .orElse(null))
                .bind("breachBy", filter.breachBy().orElse(null))
                .bind("shortNoticeOnly", filter.shortNoticeOnly())
                .bind("noSlotBeforeBreach", filter.noSlotBeforeBreach())
                .bindArray(
                        "freeExams",
                        String.class,
                        free.stream().map(EarliestFree::exam).toList())
                .bindArray(
                        "freeSites",
                        String.class,
                        free.stream().map(EarliestFree::site).toList())
                // As ISO-8601 text: Jdbi binds no arrays of timestamps.
                .bindArray(
                        "freeAt",
                        String.class,
                        free.stream().map(f -> f.at().toString()).toList());
    }

    /** The start of the London day a whole number of weeks before today. */
    private static OffsetDateTime weeksAgo(LocalDate today, int weeks) {
        return today.minusWeeks(weeks)
                .atStartOfDay(org.imagingnetwork.core.time.London.ZONE)
                .toOffsetDateTime();
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
