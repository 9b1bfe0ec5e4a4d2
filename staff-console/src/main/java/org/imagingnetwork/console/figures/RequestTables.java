package org.imagingnetwork.console.figures;

import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.console.figures.FigureTable.Cell;
import org.imagingnetwork.console.figures.FigureTable.ChartSpec;
import org.imagingnetwork.console.figures.FigureTable.ChartSpec.Kind;
import org.imagingnetwork.console.figures.FigureTable.Column;
import org.imagingnetwork.console.network.NetworkReference;
import org.imagingnetwork.console.web.Show;
import org.imagingnetwork.core.bi.BreachShare;
import org.imagingnetwork.core.bi.FigureFilter;
import org.imagingnetwork.core.bi.Grain;
import org.imagingnetwork.core.bi.PatientChoice;
import org.imagingnetwork.core.bi.RequestFigures;
import org.imagingnetwork.core.bi.StateFlow;
import org.imagingnetwork.core.bi.Turnaround;
import org.imagingnetwork.core.bi.TurnaroundTargets;
import org.imagingnetwork.core.bi.WaitingCensus;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.request.RequestState;

/** The request figures (flow, DM01, turnaround, patient choice) as tables, each from one core query. */
@Singleton
final class RequestTables {

    private static final String STANDARD = "the standard of under 1%";

    private final RequestFigures figures;
    private final NetworkReference network;
    private final TurnaroundTargets targets;

    RequestTables(RequestFigures figures, NetworkReference network, TurnaroundTargetSettings targets) {
        this.figures = figures;
        this.network = network;
        this.targets = targets.targets();
    }

    /** One row per day or week of the period, even those with no entries, and a column per state. */
    FigureTable flow(FigureFilter filter) {
        Map<LocalDate, Map<RequestState, Long>> entries = new HashMap<>();
        for (StateFlow f : figures.flow(filter)) {
            entries.computeIfAbsent(f.period(), p -> new HashMap<>()).put(f.state(), f.entries());
        }
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("period", filter.grain() == Grain.WEEK ? "Week beginning" : "Day"));
        for (RequestState s : RequestState.values()) {
            columns.add(new Column(s.name().toLowerCase(), Show.INSTANCE.state(s.name())));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (LocalDate period : periods(filter)) {
            List<Cell> row = new ArrayList<>();
            row.add(Cells.day(period));
            Map<RequestState, Long> of = entries.getOrDefault(period, Map.of());
            for (RequestState s : RequestState.values()) {
                row.add(Cells.count(of.getOrDefault(s, 0L)));
            }
            rows.add(row);
        }
        Integer[] states = new Integer[RequestState.values().length];
        for (int i = 0; i < states.length; i++) {
            states[i] = i + 1;
        }
        return new FigureTable(Figure.FLOW, columns, rows, ChartSpec.of(Kind.LINE, 0, states), List.of());
    }

    FigureTable waitingByWeeks(FigureFilter filter) {
        WaitingCensus census = figures.waitingList(filter);
        List<List<Cell>> rows = census.bands().stream()
                .map(b -> List.of(Cells.labelled(b.label() + " weeks", b.label()), Cells.count(b.requests())))
                .toList();
        String note = "%s waiting to be scanned at the end of %s; %s (%s) for six weeks or more, against %s: %s."
                .formatted(
                        Show.INSTANCE.count(census.waiting()),
                        Show.INSTANCE.day(census.day()),
                        Show.INSTANCE.count(census.overSixWeeks()),
                        Cells.percent(census.shareOverSixWeeks()).text(),
                        STANDARD,
                        census.meetsStandard() ? "met" : "not met");
        return new FigureTable(
                Figure.WAITING_BY_WEEKS,
                List.of(new Column("weeks_waited", "Weeks waited"), new Column("requests", "Requests waiting")),
                census.waiting() == 0 ? List.of() : rows,
                ChartSpec.of(Kind.BAR, 0, 1).firstRows(census.bands().size() - 1),
                List.of(note));
    }

    FigureTable overSixWeeksBy(BreachShare.By by, FigureFilter filter) {
        Map<String, String> trustNames = network.trustNames();
        List<List<Cell>> rows = figures.breachShares(filter).stream()
                .filter(s -> s.by() == by)
                .map(s -> List.of(
                        by == BreachShare.By.TRUST
                                ? Cells.labelled(trustNames.getOrDefault(s.key(), s.key()), s.key())
                                : Cells.labelled(Modality.valueOf(s.key()).displayName(), s.key()),
                        Cells.count(s.waiting()),
                        Cells.count(s.overSixWeeks()),
                        Cells.percent(s.share()),
                        Cells.yesNo(s.meetsStandard())))
                .toList();
        boolean byTrust = by == BreachShare.By.TRUST;
        return new FigureTable(
                byTrust ? Figure.OVER_SIX_WEEKS_BY_TRUST : Figure.OVER_SIX_WEEKS_BY_MODALITY,
                List.of(
                        byTrust ? new Column("trust", "Referring trust") : new Column("modality", "Modality"),
                        new Column("waiting", "Waiting"),
                        new Column("over_six_weeks", "Six weeks or more"),
                        new Column("share", "Share over six weeks"),
                        new Column("meets_standard", "Under 1%")),
                rows,
                ChartSpec.of(Kind.BAR, 0, 3).inPercent().against(0.01),
                List.of());
    }

    FigureTable overSixWeeksTrend(FigureFilter filter) {
        List<List<Cell>> rows = figures.breachTrend(filter).stream()
                .map(w -> List.of(
                        Cells.day(w.weekEnding()),
                        Cells.count(w.waiting()),
                        Cells.count(w.overSixWeeks()),
                        Cells.percent(w.share()),
                        Cells.yesNo(w.meetsStandard())))
                .toList();
        return new FigureTable(
                Figure.OVER_SIX_WEEKS_TREND,
                List.of(
                        new Column("week_ending", "Week ending"),
                        new Column("waiting", "Waiting"),
                        new Column("over_six_weeks", "Six weeks or more"),
                        new Column("share", "Share over six weeks"),
                        new Column("meets_standard", "Under 1%")),
                rows,
                ChartSpec.of(Kind.LINE, 0, 3).inPercent().against(0.01),
                List.of("Each complete week (Monday to Sunday) ending in the period; the current week is not shown."));
    }

    FigureTable turnaround(FigureFilter filter) {
        List<Turnaround> milestones = figures.turnaround(filter);
        List<List<Cell>> rows = milestones.stream()
                .map(t -> List.of(
                        Cells.labelled(milestone(t.milestone()), t.milestone().name()),
                        Cells.count(t.requests()),
                        Cells.decimal(t.medianDays()),
                        Cells.decimal(t.p90Days()),
                        Cells.count(targets.daysFor(t.milestone())),
                        target(targets.judge(t))))
                .toList();
        boolean none = milestones.stream().allMatch(t -> t.requests() == 0);
        return new FigureTable(
                Figure.TURNAROUND,
                List.of(
                        new Column("milestone", "From referral to"),
                        new Column("requests", "Requests"),
                        new Column("median_days", "Median (days)"),
                        new Column("p90_days", "90th percentile (days)"),
                        new Column("target_days", "Target (days)"),
                        new Column("target_met", "90th percentile within target")),
                none ? List.of() : rows,
                ChartSpec.of(Kind.BAR, 0, 2, 3, 4),
                List.of(
                        "For the requests that first reached each milestone in the period.",
                        "The network's targets: nine in ten requests within the days given. Scanned within six weeks is"
                                + " the national diagnostic standard; reported within four weeks of the scan is NHS"
                                + " England's reporting turnaround time (2023), so 70 days from referral; vetting and"
                                + " booking targets are the network's own."));
    }

    private static Cell target(TurnaroundTargets.Outcome outcome) {
        return switch (outcome) {
            case MET -> Cells.labelled("Yes", "true");
            case MISSED -> Cells.labelled("No: missed", "false");
            case NO_REQUESTS -> Cells.labelled("None reached it", "");
        };
    }

    /** The two kinds of booking first (the chart's slices), then the totals and the distances. */
    FigureTable patientChoice(FigureFilter filter) {
        PatientChoice c = figures.patientChoice(filter);
        List<List<Cell>> rows = List.of(
                List.of(
                        Cells.labelled("At a site of the referring trust", "own_trust"),
                        Cells.count(c.bookings() - c.atAnotherTrust())),
                List.of(Cells.labelled("At a site of another trust", "another_trust"), Cells.count(c.atAnotherTrust())),
                List.of(Cells.labelled("All bookings made", "bookings"), Cells.count(c.bookings())),
                List.of(
                        Cells.labelled("Share at another trust", "share_another_trust"),
                        Cells.percent(c.bookings() == 0 ? 0 : (double) c.atAnotherTrust() / c.bookings())),
                List.of(Cells.labelled("Bookings whose postcode could be placed", "placed"), Cells.count(c.placed())),
                List.of(Cells.labelled("Median distance (km)", "median_km"), Cells.decimal(c.medianKm())),
                List.of(Cells.labelled("90th percentile distance (km)", "p90_km"), Cells.decimal(c.p90Km())));
        return new FigureTable(
                Figure.PATIENT_CHOICE,
                List.of(new Column("measure", "Measure"), new Column("value", "Value")),
                c.bookings() == 0 ? List.of() : rows,
                ChartSpec.of(Kind.PIE, 0, 1).firstRows(2),
                List.of("Appointments made in the period, including those later moved or cancelled; distance in a"
                        + " straight line from the centre of the patient's postcode district to the site."));
    }

    private static String milestone(Turnaround.Milestone m) {
        return switch (m) {
            case VETTED -> "Vetted";
            case APPOINTED -> "Appointed";
            case SCANNED -> "Scanned";
            case REPORTED -> "Reported";
        };
    }

    /** The days of the period, or the Mondays of its weeks (the first may fall before the period starts). */
    private static List<LocalDate> periods(FigureFilter filter) {
        boolean weekly = filter.grain() == Grain.WEEK;
        LocalDate first =
                weekly ? filter.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : filter.from();
        List<LocalDate> periods = new ArrayList<>();
        for (LocalDate d = first; d.isBefore(filter.to()); d = d.plusDays(weekly ? 7 : 1)) {
            periods.add(d);
        }
        return periods;
    }
}
