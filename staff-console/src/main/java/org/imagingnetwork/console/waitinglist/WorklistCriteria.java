package org.imagingnetwork.console.waitinglist;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.console.access.Scope;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.time.London;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The conditions on {@code request r} for a scope and a filter, holding only those the filter asks
 * for (rather than "parameter is null or …" for every field), so that PostgreSQL plans each list for
 * what it actually selects: the clinical-order index for a page, a scan where most requests match.
 * Everything is read from the request row itself (V28 keeps the site it is booked at on it); no
 * appointment or slot is joined.
 */
final class WorklistCriteria {

    /** Clinical priority as a number: exactly the first expression of V28's request_clinical_order_idx. */
    static final String RANK =
            "(case r.priority when 'URGENT' then 0 when 'TWO_WEEK_WAIT' then 1 when 'ROUTINE' then 2 else 3 end)";

    static final String ORDER = " order by " + RANK + ", r.breach_date, r.received_at, r.id";

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> values = new HashMap<>();
    private final Map<String, List<String>> arrays = new LinkedHashMap<>();

    WorklistCriteria(Scope scope, WorklistFilter filter, LocalDate today, SitesWithFreeSlot free) {
        arrays.put("states", filter.states());
        conditions.add("r.state = any(:states)");
        arrays.put("scope", List.of(scope.trustArray()));
        conditions.add("(r.referring_trust = any(:scope)"
                + " or r.booked_site in (select ods_code from site where trust_ods_code = any(:scope)))");
        filter.trust().ifPresent(trust -> is("r.referring_trust = :trust", "trust", trust));
        filter.site().ifPresent(site -> is("(r.booked_site = :site or :site = any(r.acceptable_sites))", "site", site));
        filter.modality()
                .ifPresent(modality -> is(
                        "r.exam_code in (select code from exam where modality = :modality)",
                        "modality",
                        modality.name()));
        filter.exam().ifPresent(exam -> is("r.exam_code = :exam", "exam", exam));
        filter.priority().ifPresent(priority -> {
            // The rank as well, so that the clinical-order index is entered at this priority rather
            // than read from its start.
            is("r.priority = :priority", "priority", priority.name());
            is(RANK + " = :rank", "rank", rank(priority));
        });
        filter.band().ifPresent(band -> {
            is("r.received_at <= :waitedFrom", "waitedFrom", weeksAgo(today, band));
            if (band < WorklistFilter.LAST_BAND) {
                is("r.received_at > :waitedTo", "waitedTo", weeksAgo(today, band + 1));
            }
        });
        filter.breachBy().ifPresent(day -> is("r.breach_date <= :breachBy", "breachBy", day));
        if (filter.shortNoticeOnly()) {
            conditions.add("r.short_notice");
        }
        if (filter.noSlotBeforeBreach()) {
            noSlotBeforeBreach(free);
        }
    }

    String where() {
        return " where " + String.join("\n  and ", conditions) + "\n";
    }

    <S extends SqlStatement<S>> S bind(S statement) {
        arrays.forEach((name, list) -> statement.bindArray(name, String.class, list));
        return statement.bindMap(values);
    }

    /**
     * One hash lookup per request by exam and breach date (see {@link SitesWithFreeSlot}); the table
     * is sent as arrays and its sites split once per row of it, not once per request.
     */
    private void noSlotBeforeBreach(SitesWithFreeSlot free) {
        conditions.add("""
                not exists (
                    select 1
                    from (select exam, day, string_to_array(sites, ',') as sites
                          from unnest(cast(:freeExams as text[]), cast(cast(:freeDays as text[]) as date[]),
                                      cast(:freeSites as text[])) as f(exam, day, sites)) f
                    where f.exam = r.exam_code and f.day = least(r.breach_date, cast(:lastFreeDay as date))
                      and (cardinality(r.acceptable_sites) = 0 or f.sites && r.acceptable_sites))""");
        arrays.put("freeExams", free.exams());
        // As ISO-8601 text: Jdbi binds no arrays of dates.
        arrays.put("freeDays", free.days().stream().map(LocalDate::toString).toList());
        arrays.put("freeSites", free.sites());
        values.put("lastFreeDay", free.lastDay().orElse(null));
    }

    private void is(String condition, String name, Object value) {
        conditions.add(condition);
        values.put(name, value);
    }

    private static int rank(Priority priority) {
        return switch (priority) {
            case URGENT -> 0;
            case TWO_WEEK_WAIT -> 1;
            case ROUTINE -> 2;
            case PLANNED -> 3;
        };
    }

    /** The start of the London day a whole number of weeks before today. */
    private static OffsetDateTime weeksAgo(LocalDate today, int weeks) {
        return today.minusWeeks(weeks).atStartOfDay(London.ZONE).toOffsetDateTime();
    }
}
