package org.imagingnetwork.optimizer.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;
import org.imagingnetwork.optimizer.allocation.Placement;
import org.imagingnetwork.optimizer.allocation.PlanFigures;

/** The baseline's and Timefold's plans measured the same way, as a Markdown table, with the targets. */
record Comparison(Side baseline, Side timefold, BreachBound.Bound bound) {

    /** One plan, how long until it was first feasible (null if never) and how long its run took. */
    record Side(String name, AllocationPlan plan, Duration firstFeasible, Duration took) {
        PlanFigures figures() {
            return PlanFigures.of(plan);
        }

        /** Breaches of patients whose six weeks were already up before the week began: no plan of the week can save them. */
        long alreadyBreached() {
            return plan.placements().stream()
                    .filter(Placement::breachesSixWeeks)
                    .filter(p ->
                            p.request().breachDate().isBefore(plan.horizon().firstDay()))
                    .count();
        }

        /**
         * Breaches of patients already booked, before the plan, into a slot after the day their six
         * weeks run out: the booking is pinned, so no plan changes them either.
         */
        long bookedTooLate() {
            return plan.placements().stream()
                    .filter(Placement::booked)
                    .filter(Placement::breachesSixWeeks)
                    .filter(p ->
                            !p.request().breachDate().isBefore(plan.horizon().firstDay()))
                    .count();
        }

        /** The breaches the plan decides: waiting patients whose six weeks run out during the week. */
        long decidedByThePlan() {
            return figures().sixWeekBreaches() - alreadyBreached() - bookedTooLate();
        }
    }

    String table() {
        PlanFigures b = baseline.figures();
        PlanFigures t = timefold.figures();
        List<String> rows = new ArrayList<>();
        rows.add("| | " + baseline.name() + " | " + timefold.name() + " | change |");
        rows.add("| --- | --- | --- | --- |");
        rows.add(row("feasible (hard rules broken)", side -> feasible(side.figures())));
        rows.add(row("time to first feasible plan", side -> seconds(side.firstFeasible())));
        rows.add(row("run time", side -> seconds(side.took())));
        rows.add(row("score", side -> side.plan().score().toShortString()));
        rows.add(row(
                "proposals / left unplaced",
                side -> side.figures().proposals() + " / " + side.figures().unplaced()));
        rows.add(compared("six-week breaches, all", b.sixWeekBreaches(), t.sixWeekBreaches(), "%.0f"));
        rows.add(compared(
                "  of which six weeks up before the week began (no plan can change them)",
                baseline.alreadyBreached(),
                timefold.alreadyBreached(),
                "%.0f"));
        rows.add(compared(
                "  of which booked before the plan into a slot after their six weeks (pinned)",
                baseline.bookedTooLate(),
                timefold.bookedTooLate(),
                "%.0f"));
        rows.add(compared(
                "  of which decided by the plan (waiting patients whose six weeks run out in the week)",
                baseline.decidedByThePlan(),
                timefold.decidedByThePlan(),
                "%.0f"));
        rows.add(row(
                "  fewest decided breaches any plan could reach (waiting: " + bound.dueInTheWeek() + " due, "
                        + bound.noSlotFits() + " with no fitting free slot by their day)",
                side -> String.valueOf(bound.atLeast() - bound.bookedTooLate())));
        rows.add(compared("urgent / two-week-wait patients late", b.urgentLate(), t.urgentLate(), "%.0f"));
        rows.add(compared(
                "mean wait across sites, max − min (days)",
                b.waitSpreadMaxMinDays(),
                t.waitSpreadMaxMinDays(),
                "%.1f"));
        rows.add(compared(
                "mean wait across sites, standard deviation (days)",
                b.waitSpreadStdDevDays(),
                t.waitSpreadStdDevDays(),
                "%.1f"));
        rows.add(compared("utilisation of the week's slots", b.utilisation() * 100, t.utilisation() * 100, "%.1f%%"));
        rows.add(compared("mean travel (km)", b.meanTravelKm(), t.meanTravelKm(), "%.1f"));
        StringBuilder table = new StringBuilder();
        rows.forEach(line -> table.append(line).append('\n'));
        table.append('\n').append(targets(b, t));
        return table.toString();
    }

    private String targets(PlanFigures b, PlanFigures t) {
        Duration first = timefold.firstFeasible();
        long bestDecided = bound.atLeast() - bound.bookedTooLate();
        return String.format(
                Locale.ROOT,
                "Targets: Timefold feasible within 60 s: %s; >= 50%% fewer breaches, of those the plan decides: %s"
                        + " (no plan could do better than %.0f%%; all breaches %.0f%%, as %d of the baseline's %d"
                        + " are the same in any plan); >= 60%% smaller spread of mean waits: max-min %s,"
                        + " standard deviation %s%n",
                first != null && t.feasible() && first.compareTo(Duration.ofSeconds(60)) <= 0 ? "met" : "MISSED",
                met(reduction(baseline.decidedByThePlan(), timefold.decidedByThePlan()), 0.5),
                reduction(baseline.decidedByThePlan(), bestDecided) * 100,
                reduction(b.sixWeekBreaches(), t.sixWeekBreaches()) * 100,
                baseline.alreadyBreached() + baseline.bookedTooLate(),
                b.sixWeekBreaches(),
                met(reduction(b.waitSpreadMaxMinDays(), t.waitSpreadMaxMinDays()), 0.6),
                met(reduction(b.waitSpreadStdDevDays(), t.waitSpreadStdDevDays()), 0.6));
    }

    private String row(String label, Function<Side, String> value) {
        return "| " + label + " | " + value.apply(baseline) + " | " + value.apply(timefold) + " | |";
    }

    private static String compared(String label, double before, double after, String format) {
        return String.format(
                Locale.ROOT,
                "| %s | " + format + " | " + format + " | %s |",
                label,
                before,
                after,
                before == 0 ? "" : String.format(Locale.ROOT, "%+.0f%%", (after - before) / before * 100));
    }

    private static double reduction(double before, double after) {
        return before == 0 ? 0 : (before - after) / before;
    }

    private static String met(double reduction, double target) {
        return String.format(Locale.ROOT, "%.0f%% %s", reduction * 100, reduction >= target ? "met" : "MISSED");
    }

    private static String feasible(PlanFigures figures) {
        return (figures.feasible() ? "yes" : "NO") + " (" + figures.hardViolations() + ")";
    }

    private static String seconds(Duration duration) {
        return duration == null ? "never" : String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
