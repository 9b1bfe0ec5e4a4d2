package org.imagingnetwork.simulation.report;

import java.util.Arrays;
import java.util.Collection;

/** Percentiles by linear interpolation between the closest ranks, as PostgreSQL's percentile_cont. */
public final class Percentile {

    private Percentile() {}

    /** The {@code fraction} percentile (0.5 the median) of the values; NaN when there are none. */
    public static double of(Collection<Double> values, double fraction) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        double rank = fraction * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
