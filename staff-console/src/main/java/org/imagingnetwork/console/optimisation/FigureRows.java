package org.imagingnetwork.console.optimisation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.imagingnetwork.optimizer.allocation.PlanFigures;
import org.imagingnetwork.optimizer.run.FiguresComparison;

/**
 * Two allocation runs' figures as the compare page's tables: one row per figure with the value
 * before (the diary and bookings as they stood when the first run was asked for) and after each run.
 */
record FigureRows(List<Row> figures, List<Row> sites) {

    /** One figure: its name, and the numbers before, after the first run and after the second. */
    record Row(String name, String before, String first, String second) {}

    static FigureRows of(FiguresComparison a, FiguresComparison b) {
        PlanFigures before = a.before();
        List<Row> figures = List.of(
                whole(
                        "Six-week breaches",
                        before.sixWeekBreaches(),
                        a.after().sixWeekBreaches(),
                        b.after().sixWeekBreaches()),
                whole(
                        "Urgent and two-week-wait patients late",
                        before.urgentLate(),
                        a.after().urgentLate(),
                        b.after().urgentLate()),
                whole(
                        "Patients given a slot",
                        before.placed(),
                        a.after().placed(),
                        b.after().placed()),
                whole(
                        "Patients left waiting without one",
                        before.unplaced(),
                        a.after().unplaced(),
                        b.after().unplaced()),
                whole(
                        "Rules broken",
                        before.hardViolations(),
                        a.after().hardViolations(),
                        b.after().hardViolations()),
                decimal(
                        "Spread of mean waits across sites (days, longest minus shortest)",
                        before.waitSpreadMaxMinDays(),
                        a.after().waitSpreadMaxMinDays(),
                        b.after().waitSpreadMaxMinDays()),
                decimal(
                        "Standard deviation of mean waits across sites (days)",
                        before.waitSpreadStdDevDays(),
                        a.after().waitSpreadStdDevDays(),
                        b.after().waitSpreadStdDevDays()),
                decimal(
                        "Room utilisation (% of slots used)",
                        before.utilisation() * 100,
                        a.after().utilisation() * 100,
                        b.after().utilisation() * 100),
                decimal(
                        "Mean patient travel (km)",
                        before.meanTravelKm(),
                        a.after().meanTravelKm(),
                        b.after().meanTravelKm()));
        TreeSet<String> names = new TreeSet<>(before.meanWaitBySite().keySet());
        names.addAll(a.after().meanWaitBySite().keySet());
        names.addAll(b.after().meanWaitBySite().keySet());
        List<Row> sites = names.stream()
                .map(site -> new Row(
                        site,
                        days(before.meanWaitBySite(), site),
                        days(a.after().meanWaitBySite(), site),
                        days(b.after().meanWaitBySite(), site)))
                .toList();
        return new FigureRows(figures, sites);
    }

    private static Row whole(String name, int before, int first, int second) {
        return new Row(name, String.valueOf(before), String.valueOf(first), String.valueOf(second));
    }

    private static Row decimal(String name, double before, double first, double second) {
        return new Row(name, one(before), one(first), one(second));
    }

    private static String days(Map<String, Double> bySite, String site) {
        Double value = bySite.get(site);
        return value == null ? "" : one(value);
    }

    private static String one(double value) {
        return String.format(Locale.UK, "%.1f", value);
    }
}
