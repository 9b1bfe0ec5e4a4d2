package org.imagingnetwork.simulation.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/** The weeks of every seed grouped by policy and week, and written as a table: the mean, with the seeds' range. */
public final class Summary {

    private Summary() {}

    /** Policy (in the order first seen) → week → that week's figures, one per seed. */
    public static Map<String, Map<Integer, List<WeekFigures>>> byPolicyAndWeek(List<WeekFigures> weeks) {
        Map<String, Map<Integer, List<WeekFigures>>> grouped = new LinkedHashMap<>();
        for (WeekFigures week : weeks) {
            grouped.computeIfAbsent(week.policy(), p -> new TreeMap<>())
                    .computeIfAbsent(week.week(), w -> new ArrayList<>())
                    .add(week);
        }
        return grouped;
    }

    /** A Markdown table: per policy and week, each measure's mean over the seeds and, with several, its range. */
    public static String table(List<WeekFigures> weeks) {
        StringBuilder table = new StringBuilder();
        table.append("| policy | week | waiting | over 6 weeks (DM01) | scanned | median wait (d) | p90 wait (d) "
                + "| urgent in 7 d | 2WW in 14 d | released | refilled | unused | offers made / accepted "
                + "| utilisation | travel median / p90 (km) | trust spread of median wait (d) |\n");
        table.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        byPolicyAndWeek(weeks)
                .forEach((policy, byWeek) -> byWeek.forEach((week, seeds) -> table.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s / %s | %s | %s / %s | %s |%n",
                        policy,
                        week,
                        value(seeds, w -> w.waiting(), "%.0f"),
                        percent(seeds, WeekFigures::dm01),
                        value(seeds, w -> w.scanned(), "%.0f"),
                        value(seeds, WeekFigures::medianWait, "%.1f"),
                        value(seeds, WeekFigures::p90Wait, "%.1f"),
                        percent(seeds, w -> w.urgentInTarget().value()),
                        percent(seeds, w -> w.twoWeekWaitInTarget().value()),
                        value(seeds, w -> w.released(), "%.0f"),
                        value(seeds, w -> w.refilled(), "%.0f"),
                        value(seeds, w -> w.unused(), "%.0f"),
                        value(seeds, w -> w.offersMade(), "%.0f"),
                        value(seeds, w -> w.offersAccepted(), "%.0f"),
                        percent(seeds, WeekFigures::utilisation),
                        value(seeds, WeekFigures::medianTravelKm, "%.1f"),
                        value(seeds, WeekFigures::p90TravelKm, "%.1f"),
                        value(seeds, WeekFigures::trustWaitSpread, "%.1f")))));
        return table.toString();
    }

    /** One row per week and seed, every measure, for anyone who wants to chart it differently. */
    public static String csv(List<WeekFigures> weeks) {
        StringBuilder csv = new StringBuilder(
                "policy,seed,week,waiting,over_six_weeks,dm01,scanned,median_wait,p90_wait,urgent_met,urgent_of,"
                        + "tww_met,tww_of,released,refilled,unused,offers_made,offers_accepted,utilisation,"
                        + "median_travel_km,p90_travel_km,trust_wait_spread\n");
        for (WeekFigures w : weeks) {
            csv.append(String.format(
                    Locale.ROOT,
                    "%s,%d,%d,%d,%d,%.4f,%d,%.1f,%.1f,%d,%d,%d,%d,%d,%d,%d,%d,%d,%.4f,%.1f,%.1f,%.1f%n",
                    w.policy(),
                    w.seed(),
                    w.week(),
                    w.waiting(),
                    w.overSixWeeks(),
                    w.dm01(),
                    w.scanned(),
                    w.medianWait(),
                    w.p90Wait(),
                    w.urgentInTarget().met(),
                    w.urgentInTarget().of(),
                    w.twoWeekWaitInTarget().met(),
                    w.twoWeekWaitInTarget().of(),
                    w.released(),
                    w.refilled(),
                    w.unused(),
                    w.offersMade(),
                    w.offersAccepted(),
                    w.utilisation(),
                    w.medianTravelKm(),
                    w.p90TravelKm(),
                    w.trustWaitSpread()));
        }
        return csv.toString();
    }

    /** The weeks back from {@link #csv}'s rows (several runs' files may be joined, each with its header). */
    public static List<WeekFigures> parse(String csv) {
        List<WeekFigures> weeks = new ArrayList<>();
        for (String line : csv.split("\n")) {
            if (line.isBlank() || line.startsWith("policy,")) {
                continue;
            }
            String[] f = line.strip().split(",");
            if (f.length != 22) {
                throw new IllegalArgumentException("a weeks.csv row has 22 fields, not " + f.length + ": " + line);
            }
            weeks.add(new WeekFigures(
                    f[0],
                    Long.parseLong(f[1]),
                    Integer.parseInt(f[2]),
                    Integer.parseInt(f[3]),
                    Integer.parseInt(f[4]),
                    Integer.parseInt(f[6]),
                    Double.parseDouble(f[7]),
                    Double.parseDouble(f[8]),
                    new WeekFigures.Share(Integer.parseInt(f[9]), Integer.parseInt(f[10])),
                    new WeekFigures.Share(Integer.parseInt(f[11]), Integer.parseInt(f[12])),
                    Integer.parseInt(f[13]),
                    Integer.parseInt(f[14]),
                    Integer.parseInt(f[15]),
                    Integer.parseInt(f[16]),
                    Integer.parseInt(f[17]),
                    Double.parseDouble(f[18]),
                    Double.parseDouble(f[19]),
                    Double.parseDouble(f[20]),
                    Double.parseDouble(f[21])));
        }
        return weeks;
    }

    private static String percent(List<WeekFigures> seeds, ToDoubleFunction<WeekFigures> measure) {
        return range(seeds, w -> 100 * measure.applyAsDouble(w), "%.1f%%");
    }

    private static String value(List<WeekFigures> seeds, ToDoubleFunction<WeekFigures> measure, String format) {
        return range(seeds, measure, format);
    }

    private static String range(List<WeekFigures> seeds, ToDoubleFunction<WeekFigures> measure, String format) {
        double[] values = seeds.stream()
                .mapToDouble(measure)
                .filter(v -> !Double.isNaN(v))
                .toArray();
        if (values.length == 0) {
            return "–";
        }
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        double min = java.util.Arrays.stream(values).min().orElseThrow();
        double max = java.util.Arrays.stream(values).max().orElseThrow();
        String shown = String.format(Locale.ROOT, format, mean);
        return values.length == 1 || min == max
                ? shown
                : shown + " (" + String.format(Locale.ROOT, format, min) + "–" + String.format(Locale.ROOT, format, max)
                        + ")";
    }
}
