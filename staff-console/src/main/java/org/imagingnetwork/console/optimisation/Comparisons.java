package org.imagingnetwork.console.optimisation;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.imagingnetwork.console.optimisation.Comparison.Column;
import org.imagingnetwork.console.optimisation.Comparison.Row;
import org.imagingnetwork.console.optimisation.Comparison.Table;
import org.imagingnetwork.core.network.Skill;
import org.imagingnetwork.optimizer.allocation.PlanFigures;
import org.imagingnetwork.optimizer.diary.SkillWords;
import org.imagingnetwork.optimizer.run.FiguresComparison;
import org.imagingnetwork.optimizer.run.Run;
import org.imagingnetwork.optimizer.run.RunService;

/**
 * Builds the compare page's tables for one run (before and after it) or two runs of the same scope
 * and kind (before, after the first, after the second): an allocation's key figures and waits by site
 * and trust, a diary run's room utilisation and staff hours by skill, a re-plan's patients, breaches,
 * targets met, travel and waits.
 */
@Singleton
class Comparisons {

    private static final String SPREAD = "The spread is the standard deviation of the patients' waits in days:"
            + " the further apart the waits at a place, the larger it is.";

    private final RunService runs;
    private final CompareQueries queries;

    Comparisons(RunService runs, CompareQueries queries) {
        this.runs = runs;
        this.queries = queries;
    }

    /** A column of the comparison: its name, the run it reads, and whether it reads the run's result or what it started from. */
    private record Side(String label, Run run, boolean after) {}

    Comparison of(Run first, Optional<Run> second) {
        List<Side> sides = new ArrayList<>();
        sides.add(new Side(beforeLabel(first), first, false));
        sides.add(new Side(second.isPresent() ? "First run" : "After the run", first, true));
        second.ifPresent(run -> sides.add(new Side("Second run", run, true)));
        return switch (first.kind()) {
            case ALLOCATION ->
                new Comparison(
                        "Before is the diary and bookings of the run's rooms and days as they stood when the first run was"
                                + " asked for; after adds the slots each run proposes.",
                        List.of(
                                allocationFigures(sides),
                                waits(sides, CompareQueries.By.SITE),
                                waits(sides, CompareQueries.By.TRUST)));
            case DIARY ->
                new Comparison(
                        "Diary now is the diary of the run's rooms and days as it is today: once a diary run is published, its"
                                + " sessions are part of it. A diary run plans sessions and staff, not patients: compare"
                                + " waiting-list allocations on the diary it publishes for breaches, waits and travel.",
                        List.of(roomUse(sides), staffHours(sides)));
            case DISRUPTION ->
                new Comparison(
                        "Before the closure is each patient of the re-plan in the slot the closed room took from them; after"
                                + " is the new slot each run proposes.",
                        List.of(
                                replanFigures(sides),
                                waits(sides, CompareQueries.By.SITE),
                                waits(sides, CompareQueries.By.TRUST)));
        };
    }

    private static String beforeLabel(Run run) {
        return switch (run.kind()) {
            case ALLOCATION -> "Before";
            case DIARY -> "Diary now";
            case DISRUPTION -> "Before the closure";
        };
    }

    private Table allocationFigures(List<Side> sides) {
        List<PlanFigures> figures = sides.stream()
                .map(side -> {
                    FiguresComparison stored = runs.figures(side.run().id()).orElseThrow();
                    return side.after() ? stored.after() : stored.before();
                })
                .toList();
        List<Row> rows = List.of(
                whole("Six-week breaches", figures, PlanFigures::sixWeekBreaches),
                whole("Urgent and two-week-wait patients late", figures, PlanFigures::urgentLate),
                whole("Patients given a slot", figures, PlanFigures::placed),
                whole("Patients left waiting without one", figures, PlanFigures::unplaced),
                whole("Rules broken", figures, PlanFigures::hardViolations),
                decimal(
                        "Spread of mean waits across sites (days, longest minus shortest)",
                        figures,
                        PlanFigures::waitSpreadMaxMinDays),
                decimal(
                        "Standard deviation of mean waits across sites (days)",
                        figures,
                        PlanFigures::waitSpreadStdDevDays),
                decimal("Room utilisation (% of slots used)", figures, f -> f.utilisation() * 100),
                decimal("Mean patient travel (km)", figures, PlanFigures::meanTravelKm));
        return new Table(
                "figures-table",
                "Key figures",
                List.of("As the optimiser measured the plan: breaches count the patients it leaves waiting whose breach"
                        + " date falls in its days."),
                "Figure",
                charted(sides.stream().map(Side::label).toList()),
                rows,
                "");
    }

    private Table replanFigures(List<Side> sides) {
        CompareQueries.Rehoused first = queries.rehoused(sides.get(1).run().id());
        List<String> withSlot = new ArrayList<>();
        List<String> without = new ArrayList<>();
        List<String> breaches = new ArrayList<>();
        List<String> met = new ArrayList<>();
        List<String> targeted = new ArrayList<>();
        List<String> travel = new ArrayList<>();
        for (Side side : sides) {
            CompareQueries.Rehoused rehoused =
                    side.after() ? queries.rehoused(side.run().id()) : first;
            withSlot.add(count(side.after() ? rehoused.moved() : rehoused.moved() + rehoused.withoutSlot()));
            without.add(count(side.after() ? rehoused.withoutSlot() : 0));
            breaches.add(count(queries.sixWeekBreaches(side.run().id(), side.after())));
            CompareQueries.TargetsMet targets = queries.targetsMet(side.run().id(), side.after());
            met.add(count(targets.met()));
            targeted.add(count(targets.patients()));
            travel.add(one(queries.meanTravelKm(side.run().id(), side.after())));
        }
        return new Table(
                "figures-table",
                "Key figures",
                List.of(
                        "Six-week breaches count the patients seen after their breach date, and those left without a"
                                + " slot whose breach date falls in the run's days.",
                        "Targets are the network's: urgent patients within 7 days of referral, two-week-wait patients"
                                + " within 14.",
                        "Travel is as the crow flies from the patient's postcode district to the site."),
                "Figure",
                charted(sides.stream().map(Side::label).toList()),
                List.of(
                        new Row("Patients with a slot", withSlot),
                        new Row("Patients left without a slot", without),
                        new Row("Six-week breaches", breaches),
                        new Row("Urgent and two-week-wait patients seen by their target", met),
                        new Row("Urgent and two-week-wait patients", targeted),
                        new Row("Mean patient travel (km)", travel)),
                "");
    }

    private Table waits(List<Side> sides, CompareQueries.By by) {
        List<Map<String, CompareQueries.Waits>> bySide = sides.stream()
                .map(side -> queries.waits(side.run().id(), side.after(), by).stream()
                        .collect(java.util.stream.Collectors.toMap(CompareQueries.Waits::name, w -> w)))
                .toList();
        TreeSet<String> names = new TreeSet<>();
        bySide.forEach(side -> names.addAll(side.keySet()));
        List<Column> columns = new ArrayList<>();
        for (Side side : sides) {
            columns.add(new Column(side.label() + ": patients", false));
            columns.add(new Column(side.label() + ": mean wait (days)", true));
            columns.add(new Column(side.label() + ": spread (standard deviation, days)", false));
        }
        List<Row> rows = names.stream()
                .map(name -> {
                    List<String> values = new ArrayList<>();
                    for (Map<String, CompareQueries.Waits> side : bySide) {
                        CompareQueries.Waits waits = side.get(name);
                        values.add(waits == null ? "" : count(waits.patients()));
                        values.add(waits == null ? "" : one(waits.meanDays()));
                        values.add(waits == null ? "" : one(waits.standardDeviationDays()));
                    }
                    return new Row(name, values);
                })
                .toList();
        boolean site = by == CompareQueries.By.SITE;
        return new Table(
                site ? "sites-table" : "trusts-table",
                site ? "Waits by site" : "Waits by trust",
                List.of(
                        "Days from referral (or a planned exam's due date) to the day the patient is seen, of the"
                                + " patients seen " + (site ? "at each site" : "at the sites of each trust") + ".",
                        SPREAD),
                site ? "Site" : "Trust",
                columns,
                rows,
                "No patients are seen in these runs.");
    }

    private Table roomUse(List<Side> sides) {
        List<List<CompareQueries.RoomUse>> bySide = sides.stream()
                .map(side -> queries.roomUse(side.run().id(), side.after()))
                .toList();
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("Hours open", false));
        for (Side side : sides) {
            columns.add(new Column(side.label() + ": hours of sessions", false));
            columns.add(new Column(side.label() + ": utilisation (%)", true));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < bySide.get(0).size(); i++) {
            CompareQueries.RoomUse open = bySide.get(0).get(i);
            List<String> values = new ArrayList<>();
            values.add(one(open.openHours()));
            for (List<CompareQueries.RoomUse> side : bySide) {
                CompareQueries.RoomUse use = side.get(i);
                values.add(one(use.sessionHours()));
                values.add(one(use.openHours() == 0 ? 0 : 100 * use.sessionHours() / use.openHours()));
            }
            rows.add(new Row(open.allSites() ? "All sites" : open.site(), values));
        }
        return new Table(
                "rooms-table",
                "Room utilisation by site",
                List.of("Hours of sessions in the rooms of the run's modality, as a share of the hours those rooms'"
                        + " sites are open on the run's days."),
                "Site",
                columns,
                rows,
                "No room of the run's scope is open on its days.");
    }

    private Table staffHours(List<Side> sides) {
        Map<String, Double> rostered =
                queries.staffHoursRostered(sides.get(0).run().id());
        List<Map<String, Double>> used = sides.stream()
                .map(side -> queries.staffHoursUsed(side.run().id(), side.after()))
                .toList();
        TreeSet<String> skills = new TreeSet<>(rostered.keySet());
        used.forEach(side -> skills.addAll(side.keySet()));
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("Rostered hours", true));
        sides.forEach(side -> columns.add(new Column(side.label() + ": hours used", true)));
        List<Row> rows = skills.stream()
                .map(skill -> {
                    List<String> values = new ArrayList<>();
                    values.add(one(rostered.getOrDefault(skill, 0.0)));
                    used.forEach(side -> values.add(one(side.getOrDefault(skill, 0.0))));
                    return new Row("Staff " + SkillWords.of(Skill.valueOf(skill)), values);
                })
                .toList();
        return new Table(
                "staff-table",
                "Staff hours by skill",
                List.of(
                        "Rostered: the contracted weekly hours, over the run's days, of the staff of its trusts who"
                                + " can work in its modality (days away are not taken off).",
                        "Used: the hours of each session for each member of staff on it. Someone with two skills counts"
                                + " for both."),
                "Staff",
                columns,
                rows,
                "No staff of the run's trusts can work in its modality.");
    }

    private static List<Column> charted(List<String> names) {
        return names.stream().map(name -> new Column(name, true)).toList();
    }

    private static Row whole(String name, List<PlanFigures> figures, ToIntFunction<PlanFigures> figure) {
        return new Row(
                name, figures.stream().map(f -> count(figure.applyAsInt(f))).toList());
    }

    private static Row decimal(String name, List<PlanFigures> figures, ToDoubleFunction<PlanFigures> figure) {
        return new Row(
                name, figures.stream().map(f -> one(figure.applyAsDouble(f))).toList());
    }

    private static String count(long value) {
        return String.format(Locale.UK, "%,d", value);
    }

    private static String one(double value) {
        return String.format(Locale.UK, "%.1f", value);
    }

    private static String one(OptionalDouble value) {
        return value.isPresent() ? one(value.getAsDouble()) : "";
    }
}
