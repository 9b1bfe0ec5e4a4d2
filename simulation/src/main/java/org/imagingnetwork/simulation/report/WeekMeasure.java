package org.imagingnetwork.simulation.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.simulation.jdbc.FigureQueries;
import org.imagingnetwork.simulation.jdbc.FigureQueries.Scan;

/** Measures a week from what the services wrote; run at the week's census, midnight ending Sunday. */
public final class WeekMeasure {

    static final int URGENT_TARGET_DAYS = 7;
    static final int TWO_WEEK_WAIT_TARGET_DAYS = 14;

    private final FigureQueries queries;

    public WeekMeasure(FigureQueries queries) {
        this.queries = queries;
    }

    public WeekFigures measure(String policy, long seed, int week, LocalDate monday, Instant census) {
        LocalDate sunday = monday.plusDays(6);
        Census.Count count = Census.on(sunday, queries.openClockStarts());
        List<Scan> scans = queries.scans(monday, sunday);
        List<Double> waits = new ArrayList<>();
        Map<String, List<Double>> byTrust = new TreeMap<>();
        scans.forEach(scan -> {
            waits.add((double) scan.days());
            byTrust.computeIfAbsent(scan.trust(), t -> new ArrayList<>()).add((double) scan.days());
        });
        FigureQueries.Releases releases = queries.releases(monday, sunday, census);
        FigureQueries.Offers offers = queries.offers(monday, sunday);
        FigureQueries.Slots slots = queries.slots(monday, sunday);
        List<Double> travel = queries.travel(monday, sunday);
        return new WeekFigures(
                policy,
                seed,
                week,
                count.waiting(),
                count.overSixWeeks(),
                scans.size(),
                Percentile.of(waits, 0.5),
                Percentile.of(waits, 0.9),
                inTarget(scans, Priority.URGENT, URGENT_TARGET_DAYS),
                inTarget(scans, Priority.TWO_WEEK_WAIT, TWO_WEEK_WAIT_TARGET_DAYS),
                releases.released(),
                releases.refilled(),
                releases.unused(),
                offers.made(),
                offers.accepted(),
                slots.bookable() == 0 ? 0 : (double) slots.booked() / slots.bookable(),
                Percentile.of(travel, 0.5),
                Percentile.of(travel, 0.9),
                spread(byTrust));
    }

    static WeekFigures.Share inTarget(List<Scan> scans, Priority priority, int days) {
        int of = 0;
        int met = 0;
        for (Scan scan : scans) {
            if (scan.priority() == priority) {
                of++;
                if (scan.days() <= days) {
                    met++;
                }
            }
        }
        return new WeekFigures.Share(met, of);
    }

    /** Longest trust median wait less the shortest; 0 with fewer than two trusts scanning. */
    static double spread(Map<String, List<Double>> waitsByTrust) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (List<Double> waits : waitsByTrust.values()) {
            double median = Percentile.of(waits, 0.5);
            max = Math.max(max, median);
            min = Math.min(min, median);
        }
        return waitsByTrust.size() < 2 ? 0 : max - min;
    }
}
