package org.imagingnetwork.simulation.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.imagingnetwork.simulation.jdbc.FigureQueries.LongWait;

/**
 * The last census's waiting list as a Markdown table, by referring trust and how far its patients
 * will go: how many wait, how many of them have waited six weeks or more, and how many of those hold
 * an appointment already (booked late rather than not booked at all).
 */
public final class LongWaits {

    private LongWaits() {}

    public static String table(List<LongWait> rows) {
        Map<String, int[]> byTrustAndReach = new TreeMap<>();
        int[] total = new int[3];
        for (LongWait row : rows) {
            int[] counts = byTrustAndReach.computeIfAbsent(row.trust() + " | " + row.reach(), k -> new int[3]);
            for (int[] sum : List.of(counts, total)) {
                sum[0] += row.waiting();
                sum[1] += row.overSixWeeks();
                sum[2] += row.booked() ? row.overSixWeeks() : 0;
            }
        }
        StringBuilder table = new StringBuilder(
                "| trust | will go to | waiting | over 6 weeks | of them booked |\n|---|---|---|---|---|\n");
        byTrustAndReach.forEach((key, counts) -> table.append(row(key, counts)));
        table.append(row("all | all", total));
        return table.toString();
    }

    private static String row(String key, int[] counts) {
        return String.format(
                "| %s | %d | %d (%.1f%%) | %d |%n",
                key, counts[0], counts[1], counts[0] == 0 ? 0 : 100.0 * counts[1] / counts[0], counts[2]);
    }
}
