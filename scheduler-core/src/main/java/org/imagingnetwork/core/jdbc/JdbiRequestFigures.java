package org.imagingnetwork.core.jdbc;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.imagingnetwork.core.bi.BreachShare;
import org.imagingnetwork.core.bi.BreachWeek;
import org.imagingnetwork.core.bi.FigureFilter;
import org.imagingnetwork.core.bi.PatientChoice;
import org.imagingnetwork.core.bi.RequestFigures;
import org.imagingnetwork.core.bi.StateFlow;
import org.imagingnetwork.core.bi.Turnaround;
import org.imagingnetwork.core.bi.WaitBand;
import org.imagingnetwork.core.bi.WaitingCensus;
import org.imagingnetwork.core.request.RequestState;
import org.jdbi.v3.core.Jdbi;

/**
 * The request figures, each one query over the views of migrations V26 and V27 (docs/bi.md defines them).
 * Every query carries the same filter conditions on the referring trust, its ICS, the site, the
 * exam's modality and the priority.
 */
@Singleton
public final class JdbiRequestFigures implements RequestFigures {

    /** The filter's conditions on a view's request columns, each prefixed by {@code alias}. */
    private static String filter(String alias) {
        return """
                %1$strust = any(:scope)
                and (cast(:ics as text) is null or %1$sics = :ics)
                and (cast(:trust as text) is null or %1$strust = :trust)
                and (cast(:site as text) is null or %1$ssite = :site)
                and (cast(:modality as text) is null or %1$smodality = :modality)
                and (cast(:priority as text) is null or %1$spriority = :priority)
                """.formatted(alias);
    }

    /**
     * The census: midnight at the end of the period, or the refresh if that came first, and the London
     * day it closes. On the list then: received by that day, due by it, and not off the list by it
     * (at a census taken at the refresh, whoever left the list that day left before it).
     */
    private static final String ON_LIST_AT_CENSUS = """
            with census as (
                select moment, ((moment - interval '1 microsecond') at time zone 'Europe/London')::date as day
                from (select least(cast(:to as date)::timestamp at time zone 'Europe/London', b.refreshed_at) as moment
                      from bi_refresh b) as m
            ),
            on_list as (
                select w.trust, w.modality, (select day from census) - w.clock_start as days, w.requests
                from bi_waiting_span w
                where %s
                  and w.received_on <= (select day from census)
                  and w.clock_start <= (select day from census)
                  and w.left_on > (select day from census)
            )
            """.formatted(filter("w."));

    private final Jdbi jdbi;

    @Inject
    public JdbiRequestFigures(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<StateFlow> flow(FigureFilter filter) {
        return FigureReads.read(
                jdbi,
                h -> FigureFilterBinding.bind(h.createQuery("""
                                select case when :weekly then date_trunc('week', day)::date else day end as period,
                                       to_state, sum(events) as entries
                                from bi_event_day q
                                where day >= :from and day < :to and %s
                                group by 1, 2
                                """.formatted(filter("q."))), filter)
                        .map((rs, ctx) -> new StateFlow(
                                Rows.date(rs, "period"),
                                RequestState.valueOf(rs.getString("to_state")),
                                rs.getLong("entries")))
                        .list()
                        .stream()
                        .sorted(Comparator.comparing(StateFlow::period).thenComparing(StateFlow::state))
                        .toList());
    }

    @Override
    public WaitingCensus waitingList(FigureFilter filter) {
        record BandRow(LocalDate day, Instant moment, int weeks, long requests, long overThirteen) {}
        List<BandRow> rows = FigureReads.read(
                jdbi,
                h -> FigureFilterBinding.bind(h.createQuery(ON_LIST_AT_CENSUS + """
                                , banded as (
                                    select least(days / 7, 6) as weeks, sum(requests) as requests,
                                           sum(requests) filter (where days >= 91) as over_thirteen
                                    from on_list
                                    group by 1
                                )
                                select c.day, c.moment, band.weeks,
                                       coalesce(b.requests, 0) as requests, coalesce(b.over_thirteen, 0) as over_thirteen
                                from census c
                                cross join generate_series(0, 6) as band (weeks)
                                left join banded b on b.weeks = band.weeks
                                order by band.weeks
                                """), filter)
                        .map((rs, ctx) -> new BandRow(
                                Rows.date(rs, "day"),
                                Rows.instant(rs, "moment"),
                                rs.getInt("weeks"),
                                rs.getLong("requests"),
                                rs.getLong("over_thirteen")))
                        .list());
        List<WaitBand> bands = new ArrayList<>();
        for (BandRow row : rows) {
            int weeks = row.weeks();
            bands.add(new WaitBand(weeks, weeks < 6 ? OptionalInt.of(weeks + 1) : OptionalInt.empty(), row.requests()));
        }
        BandRow last = rows.get(rows.size() - 1);
        bands.add(new WaitBand(13, OptionalInt.empty(), last.overThirteen()));
        return new WaitingCensus(last.day(), last.moment(), bands);
    }

    @Override
    public List<BreachShare> breachShares(FigureFilter filter) {
        return FigureReads.read(
                jdbi,
                h -> FigureFilterBinding.bind(h.createQuery(ON_LIST_AT_CENSUS + """
                                select case when grouping(trust) = 0 then 'TRUST' else 'MODALITY' end as by,
                                       coalesce(trust, modality) as key,
                                       sum(requests) as waiting,
                                       coalesce(sum(requests) filter (where days >= 42), 0) as over_six_weeks
                                from on_list
                                group by grouping sets ((trust), (modality))
                                order by 1 desc, 2
                                """), filter)
                        .map((rs, ctx) -> new BreachShare(
                                BreachShare.By.valueOf(rs.getString("by")),
                                rs.getString("key"),
                                rs.getLong("waiting"),
                                rs.getLong("over_six_weeks")))
                        .list());
    }

    @Override
    public List<BreachWeek> breachTrend(FigureFilter filter) {
        return FigureReads.read(
                jdbi,
                h -> FigureFilterBinding.bind(h.createQuery("""
                                with weeks as (
                                    select w::date as week_end
                                    from bi_refresh b,
                                         generate_series(cast(:from as date)::timestamp,
                                                         least(cast(:to as date) - 1,
                                                               (b.refreshed_at at time zone 'Europe/London')::date - 1)::timestamp,
                                                         interval '1 day') as w
                                    where extract(isodow from w) = 7
                                )
                                select wk.week_end,
                                       coalesce(sum(ww.waiting), 0) as waiting,
                                       coalesce(sum(ww.over_six_weeks), 0) as over_six_weeks
                                from weeks wk
                                left join bi_waiting_week ww on ww.week_end = wk.week_end and %s
                                group by wk.week_end
                                order by wk.week_end
                                """.formatted(filter("ww."))), filter)
                        .map((rs, ctx) -> new BreachWeek(
                                Rows.date(rs, "week_end"), rs.getLong("waiting"), rs.getLong("over_six_weeks")))
                        .list());
    }

    @Override
    public List<Turnaround> turnaround(FigureFilter filter) {
        return FigureReads.read(
                jdbi,
                h -> FigureFilterBinding.bind(h.createQuery("""
                                select m.milestone, count(x.days) as requests,
                                       percentile_cont(0.5) within group (order by x.days) as median_days,
                                       percentile_cont(0.9) within group (order by x.days) as p90_days
                                from (values ('VETTED', 1), ('APPOINTED', 2), ('SCANNED', 3), ('REPORTED', 4))
                                     as m (milestone, ordinal)
                                left join bi_milestone x
                                  on x.milestone = m.milestone and x.reached_on >= :from and x.reached_on < :to and %s
                                group by m.milestone, m.ordinal
                                order by m.ordinal
                                """.formatted(filter("x."))), filter)
                        .map((rs, ctx) -> new Turnaround(
                                Turnaround.Milestone.valueOf(rs.getString("milestone")),
                                rs.getLong("requests"),
                                optionalDouble(rs, "median_days"),
                                optionalDouble(rs, "p90_days")))
                        .list());
    }

    @Override
    public PatientChoice patientChoice(FigureFilter filter) {
        return FigureReads.read(
                jdbi,
                h -> FigureFilterBinding.bind(h.createQuery("""
                                select count(*) as bookings,
                                       count(*) filter (where at_another_trust) as at_another_trust,
                                       count(distance_km) as placed,
                                       percentile_cont(0.5) within group (order by distance_km) as median_km,
                                       percentile_cont(0.9) within group (order by distance_km) as p90_km
                                from bi_booking q
                                where booked_on >= :from and booked_on < :to and %s
                                """.formatted(filter("q."))), filter)
                        .map((rs, ctx) -> new PatientChoice(
                                rs.getLong("bookings"),
                                rs.getLong("at_another_trust"),
                                rs.getLong("placed"),
                                optionalDouble(rs, "median_km"),
                                optionalDouble(rs, "p90_km")))
                        .one());
    }

    static OptionalDouble optionalDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
