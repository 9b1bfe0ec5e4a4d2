package org.imagingnetwork.optimizer.allocation;

import java.util.HashMap;
import java.util.Map;

/**
 * The running mean wait of the patients seen at each site while the initial fill places patients,
 * kept so that the fill can tell at once how evenly the sites' means would be spread (their
 * variance) if one more patient were seen at a site: the fill's tie-break among slots on the same
 * day, as evenness ranks above travel in the score.
 */
final class SiteMeans {

    private final Map<Venue, long[]> totals = new HashMap<>();
    private double sumOfMeans;
    private double sumOfSquaredMeans;

    void add(Venue site, long waitDays) {
        change(site, waitDays, 1);
    }

    void remove(Venue site, long waitDays) {
        change(site, -waitDays, -1);
    }

    private void change(Venue site, long waitDays, int patients) {
        long[] total = totals.computeIfAbsent(site, s -> new long[2]);
        if (total[1] > 0) {
            double mean = (double) total[0] / total[1];
            sumOfMeans -= mean;
            sumOfSquaredMeans -= mean * mean;
        }
        total[0] += waitDays;
        total[1] += patients;
        if (total[1] == 0) {
            totals.remove(site);
            return;
        }
        double mean = (double) total[0] / total[1];
        sumOfMeans += mean;
        sumOfSquaredMeans += mean * mean;
    }

    /** The variance of the sites' mean waits if a patient who waited this long were seen at this site. */
    double varianceWith(Venue site, long waitDays) {
        long[] total = totals.get(site);
        double sum = sumOfMeans;
        double squares = sumOfSquaredMeans;
        int sites = totals.size();
        if (total == null) {
            sites++;
        } else {
            double mean = (double) total[0] / total[1];
            sum -= mean;
            squares -= mean * mean;
        }
        double mean = total == null ? waitDays : (double) (total[0] + waitDays) / (total[1] + 1);
        sum += mean;
        squares += mean * mean;
        double average = sum / sites;
        return Math.max(0, squares / sites - average * average);
    }
}
