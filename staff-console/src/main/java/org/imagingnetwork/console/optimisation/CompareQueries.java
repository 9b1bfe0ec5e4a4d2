package org.imagingnetwork.console.optimisation;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.imagingnetwork.optimizer.allocation.AllocationPolicy;
import org.imagingnetwork.optimizer.run.RunId;
import org.jdbi.v3.core.Jdbi;

/**
 * The compare page's figures, each one query over a run's stored result: an allocation's proposals
 * (with the bookings of its rooms and days as they stood when it was asked for), a diary run's
 * sessions (against the diary as it is now), a re-plan's new slots (against the slots the closure took).
 * {@code after} false reads the "before" side: the bookings, the diary now, or the lost slots.
 */
@Singleton
class CompareQueries {

    /** The run's row and the rooms of its scope (its ICS's or trust's, or the network's, of its modality). */
    private static final String RUN_ROOMS = """
            run as (select * from optimisation_run where id = :run),
            scope_rooms as (
                select ro.id, ro.site_ods_code from run
                join trust t on run.scope_level = 'NETWORK' or (run.scope_level = 'ICS' and t.ics_code = run.scope_code)
                             or (run.scope_level = 'TRUST' and t.ods_code = run.scope_code)
                join site si on si.trust_ods_code = t.ods_code
                join room ro on ro.site_ods_code = si.ods_code and (run.modality is null or ro.modality = run.modality))
            """;

    /**
     * The patients seen and the slot each is seen in. An allocation: the appointments in its rooms on
     * its days booked when it was asked for (and not yet ended then), and after, its proposals too. A
     * re-plan: its patients in the slots the closure took, or after, in their proposed new slots.
     */
    private static final String SEEN = """
            seen as (
                select a.request_id, a.slot_id from run
                join session se on se.clinic_date between run.horizon_first and run.horizon_last
                join scope_rooms sr on sr.id = se.room_id
                join slot sl on sl.session_id = se.id
                join appointment a on a.slot_id = sl.id and a.booked_at <= run.requested_at
                                  and (a.ended_at is null or a.ended_at > run.requested_at)
                where run.kind = 'ALLOCATION'
                union all
                select p.request_id, p.slot_id from optimisation_proposal p where p.run_id = :run and :after
                union all
                select h.request_id, case when :after then h.new_slot_id else h.lost_slot_id end
                from optimisation_rehousing h where h.run_id = :run and (not :after or h.new_slot_id is not null))
            """;

    /** Days waited when seen: from the referral's day, or a planned exam's due date, to the slot's day (London). */
    private static final String WAIT_DAYS = """
            greatest(0, (sl.starts_at at time zone 'Europe/London')::date
                        - coalesce(case when q.priority = 'PLANNED' then q.due_date end,
                                   (q.received_at at time zone 'Europe/London')::date))
            """;

    /** A diary run's sessions, or the sessions of the diary now (not blocked) in its rooms and days, with their staff. */
    private static final String PLANNED = """
            planned as (
                select se.room_id, se.starts_at, se.ends_at,
                       array(select ss.staff_id from session_staff ss where ss.session_id = se.id) as staff_ids
                from run
                join session se on se.clinic_date between run.horizon_first and run.horizon_last and se.status <> 'BLOCKED'
                join scope_rooms sr on sr.id = se.room_id
                where not :after
                union all
                select os.room_id, os.starts_at, os.ends_at, os.staff_ids from optimisation_session os
                where os.run_id = :run and :after)
            """;

    /** How waits are grouped: by the site the patient is seen at, or the trust that runs it. */
    enum By {
        SITE("si.name"),
        TRUST("t.name");

        private final String column;

        By(String column) {
            this.column = column;
        }
    }

    /** Waits of the patients seen at one site or trust: how many, the mean and the standard deviation in days. */
    record Waits(String name, long patients, double meanDays, double standardDeviationDays) {}

    /** Urgent and two-week-wait patients seen by their target day, of how many. */
    record TargetsMet(long met, long patients) {}

    /** A re-plan's patients given a new slot and left without one. */
    record Rehoused(long moved, long withoutSlot) {}

    /** Hours the rooms of a site (or of every site, {@code site} empty) are open and hours sessions run in them. */
    record RoomUse(String site, double openHours, double sessionHours) {

        boolean allSites() {
            return site.isEmpty();
        }
    }

    private final Jdbi jdbi;
    private final AllocationPolicy policy;

    CompareQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.policy = AllocationPolicy.standard();
    }

    /** Mean and standard deviation of waits by site or trust, of the patients seen before or after the run. */
    List<Waits> waits(RunId run, boolean after, By by) {
        return jdbi.withHandle(
                h -> h.createQuery("with " + RUN_ROOMS + ", " + SEEN + """
                        , waits as (
                            select %s as name, %s as days
                            from seen join request q on q.id = seen.request_id join slot sl on sl.id = seen.slot_id
                            join room ro on ro.id = sl.room_id join site si on si.ods_code = ro.site_ods_code
                            join trust t on t.ods_code = si.trust_ods_code)
                        select name, count(*) as patients, avg(days)::float8 as mean, stddev_pop(days)::float8 as sd
                        from waits group by name order by name
                        """.formatted(by.column, WAIT_DAYS))
                        .bind("run", run.value())
                        .bind("after", after)
                        .map((rs, ctx) -> new Waits(
                                rs.getString("name"), rs.getLong("patients"), rs.getDouble("mean"), rs.getDouble("sd")))
                        .list());
    }

    /**
     * Six-week breaches of a re-plan's patients: seen after their breach date (planned exams are outside
     * the standard), and after the run, those it leaves without a slot whose breach date falls in its days.
     */
    long sixWeekBreaches(RunId run, boolean after) {
        return jdbi.withHandle(h -> h.createQuery("with " + RUN_ROOMS + ", " + SEEN + """
                        select (select count(*) from seen join request q on q.id = seen.request_id
                                join slot sl on sl.id = seen.slot_id
                                where q.priority <> 'PLANNED'
                                  and (sl.starts_at at time zone 'Europe/London')::date > q.breach_date)
                             + (select count(*) from run join optimisation_rehousing h on h.run_id = run.id
                                join request q on q.id = h.request_id
                                where :after and h.new_slot_id is null and q.priority <> 'PLANNED'
                                  and q.breach_date <= run.horizon_last)
                        """)
                .bind("run", run.value())
                .bind("after", after)
                .mapTo(Long.class)
                .one());
    }

    /**
     * A re-plan's urgent and two-week-wait patients seen by their target day (the network's targets from
     * referral); after the run, one it leaves without a slot has not met it.
     */
    TargetsMet targetsMet(RunId run, boolean after) {
        return jdbi.withHandle(h -> h.createQuery("with " + RUN_ROOMS + ", " + SEEN + """
                        , patients as (
                            select q.priority, q.received_at, sl.starts_at from seen
                            join request q on q.id = seen.request_id join slot sl on sl.id = seen.slot_id
                            union all
                            select q.priority, q.received_at, null from run
                            join optimisation_rehousing h on h.run_id = run.id join request q on q.id = h.request_id
                            where :after and h.new_slot_id is null)
                        select count(*) filter (
                                   where (starts_at at time zone 'Europe/London')::date
                                         <= (received_at at time zone 'Europe/London')::date
                                            + case priority when 'URGENT' then :urgent else :twoWeek end) as met,
                               count(*) as patients
                        from patients where priority in ('URGENT', 'TWO_WEEK_WAIT')
                        """)
                .bind("run", run.value())
                .bind("after", after)
                .bind("urgent", policy.urgentTargetDays())
                .bind("twoWeek", policy.twoWeekWaitTargetDays())
                .map((rs, ctx) -> new TargetsMet(rs.getLong("met"), rs.getLong("patients")))
                .one());
    }

    /**
     * Mean kilometres as the crow flies from the patient's postcode district (or area) to the site they
     * are seen at, as the figures pages measure travel; empty when no patient is seen.
     */
    OptionalDouble meanTravelKm(RunId run, boolean after) {
        Double km = jdbi.withHandle(h -> h.createQuery("with " + RUN_ROOMS + ", " + SEEN + """
                        select avg(2 * 6371.0 * asin(sqrt(
                                   power(sin(radians(si.latitude - home.latitude) / 2), 2)
                                   + cos(radians(home.latitude)) * cos(radians(si.latitude))
                                     * power(sin(radians(si.longitude - home.longitude) / 2), 2))))::float8
                        from seen join request q on q.id = seen.request_id join patient p on p.id = q.patient_id
                        join slot sl on sl.id = seen.slot_id join room ro on ro.id = sl.room_id
                        join site si on si.ods_code = ro.site_ods_code
                        join lateral (
                            select d.latitude, d.longitude from postcode_district d
                            where d.outward in (split_part(p.postcode, ' ', 1),
                                                regexp_replace(split_part(p.postcode, ' ', 1), '[0-9].*$', ''))
                            order by length(d.outward) desc
                            limit 1) home on true
                        """)
                .bind("run", run.value())
                .bind("after", after)
                .mapTo(Double.class)
                .one());
        return km == null ? OptionalDouble.empty() : OptionalDouble.of(km);
    }

    Rehoused rehoused(RunId run) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select count(*) filter (where new_slot_id is not null) as moved,
                               count(*) filter (where new_slot_id is null) as without_slot
                        from optimisation_rehousing where run_id = :run
                        """)
                .bind("run", run.value())
                .map((rs, ctx) -> new Rehoused(rs.getLong("moved"), rs.getLong("without_slot")))
                .one());
    }

    /**
     * Room utilisation by site and for every site: hours the scope's rooms are open on the run's days
     * (their site's opening hours) and hours of sessions in them, of the diary now or of a diary run.
     */
    List<RoomUse> roomUse(RunId run, boolean after) {
        return jdbi.withHandle(h -> h.createQuery("with " + RUN_ROOMS + ", " + PLANNED + """
                        , open as (
                            select sr.site_ods_code as site, sum(extract(epoch from oh.closes - oh.opens) / 3600.0) as hours
                            from scope_rooms sr cross join run
                            cross join generate_series(run.horizon_first, run.horizon_last, interval '1 day') as d(day)
                            join site_opening_hours oh on oh.site_ods_code = sr.site_ods_code
                                                      and oh.day_of_week = extract(isodow from d.day)
                            group by sr.site_ods_code),
                        used as (
                            select ro.site_ods_code as site, sum(extract(epoch from p.ends_at - p.starts_at) / 3600.0) as hours
                            from planned p join room ro on ro.id = p.room_id group by ro.site_ods_code)
                        select coalesce(si.name, '') as site, sum(open.hours)::float8 as open_hours,
                               sum(coalesce(used.hours, 0))::float8 as session_hours
                        from open join site si on si.ods_code = open.site left join used on used.site = open.site
                        group by grouping sets ((si.name), ())
                        order by si.name nulls last
                        """)
                .bind("run", run.value())
                .bind("after", after)
                .map((rs, ctx) ->
                        new RoomUse(rs.getString("site"), rs.getDouble("open_hours"), rs.getDouble("session_hours")))
                .list());
    }

    /**
     * Staff hours used by skill: each session's hours for each member of staff on it, under every
     * skill they hold, of the diary now or of a diary run.
     */
    Map<String, Double> staffHoursUsed(RunId run, boolean after) {
        Map<String, Double> hours = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("with " + RUN_ROOMS + ", " + PLANNED + """
                        select k.skill, sum(extract(epoch from p.ends_at - p.starts_at) / 3600.0)::float8 as hours
                        from planned p cross join unnest(p.staff_ids) as s(staff_id)
                        join staff st on st.id = s.staff_id cross join unnest(st.skills) as k(skill)
                        group by k.skill order by k.skill
                        """)
                .bind("run", run.value())
                .bind("after", after)
                .map((rs, ctx) -> Map.entry(rs.getString("skill"), rs.getDouble("hours")))
                .forEach(e -> hours.put(e.getKey(), e.getValue())));
        return hours;
    }

    /**
     * Staff hours rostered by skill: the contracted weekly hours, over the run's days, of the staff of
     * its trusts who can work in its modality, under every skill they hold (days away not taken off).
     */
    Map<String, Double> staffHoursRostered(RunId run) {
        Map<String, Double> hours = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        with run as (select * from optimisation_run where id = :run)
                        select k.skill,
                               (sum(st.contracted_hours_per_week) * (max(run.horizon_last - run.horizon_first) + 1) / 7.0)::float8
                                   as hours
                        from run
                        join trust t on run.scope_level = 'NETWORK' or (run.scope_level = 'ICS' and t.ics_code = run.scope_code)
                                     or (run.scope_level = 'TRUST' and t.ods_code = run.scope_code)
                        join staff st on st.trust_ods_code = t.ods_code
                                     and (run.modality is null or run.modality = any(st.skills))
                        cross join unnest(st.skills) as k(skill)
                        group by k.skill order by k.skill
                        """)
                .bind("run", run.value())
                .map((rs, ctx) -> Map.entry(rs.getString("skill"), rs.getDouble("hours")))
                .forEach(e -> hours.put(e.getKey(), e.getValue())));
        return hours;
    }
}
