package org.imagingnetwork.optimizer.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;
import org.imagingnetwork.optimizer.allocation.Placement;
import org.imagingnetwork.optimizer.allocation.Venue;

/**
 * The sites with the longest and the shortest mean wait in a plan, with how many of their patients
 * were booked already (pinned, which no plan can move) and how many the plan proposes: what sets the
 * max − min spread.
 */
final class SiteExtremes {

    private SiteExtremes() {}

    static String describe(AllocationPlan plan, int each) {
        Map<Venue, long[]> sites = new HashMap<>();
        for (Placement placement : plan.placements()) {
            if (!placement.placed()) {
                continue;
            }
            long[] site = sites.computeIfAbsent(placement.slot().venue(), v -> new long[5]);
            int offset = placement.booked() ? 0 : 2;
            site[offset] += placement.waitDays();
            site[offset + 1]++;
        }
        List<Map.Entry<Venue, long[]>> byMean = new ArrayList<>(sites.entrySet());
        byMean.sort(Comparator.comparingDouble(entry -> -mean(entry.getValue())));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < byMean.size(); i++) {
            if (i < each || i >= byMean.size() - each) {
                long[] site = byMean.get(i).getValue();
                lines.add(String.format(
                        Locale.ROOT,
                        "  %-45s mean %5.1f days; booked %,6d (mean %5.1f), proposed %,6d (mean %5.1f)",
                        byMean.get(i).getKey().name(),
                        mean(site),
                        site[1],
                        site[1] == 0 ? 0 : (double) site[0] / site[1],
                        site[3],
                        site[3] == 0 ? 0 : (double) site[2] / site[3]));
            } else if (i == each) {
                lines.add("  ...");
            }
        }
        return String.join("\n", lines);
    }

    private static double mean(long[] site) {
        return (double) (site[0] + site[2]) / (site[1] + site[3]);
    }
}
