package org.imagingnetwork.optimizer.allocation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.imagingnetwork.optimizer.explain.Finding;

/**
 * How unevenly the mean wait is spread across the sites of a plan: the standard deviation of the
 * sites' mean waits and the gap between the longest and the shortest. Sites are taken in code order
 * so the same plan always gives the same figure.
 */
public record SiteWaitSpread(List<SiteWait> sites) implements Finding, Comparable<SiteWaitSpread> {

    public SiteWaitSpread {
        sites = sites.stream()
                .sorted(Comparator.comparing(site -> site.venue().site().value()))
                .toList();
    }

    /** Population standard deviation of mean waits, in days. */
    public double standardDeviationDays() {
        double mean = sites.stream().mapToDouble(SiteWait::meanWaitDays).sum() / sites.size();
        double squares = 0;
        for (SiteWait site : sites) {
            double deviation = site.meanWaitDays() - mean;
            squares += deviation * deviation;
        }
        return Math.sqrt(squares / sites.size());
    }

    /** The longest site mean wait less the shortest, in days. */
    public double rangeDays() {
        double longest =
                sites.stream().mapToDouble(SiteWait::meanWaitDays).max().orElse(0);
        double shortest =
                sites.stream().mapToDouble(SiteWait::meanWaitDays).min().orElse(0);
        return longest - shortest;
    }

    /**
     * The penalty the solver sees, in hundredths of a day: the standard deviation plus half the range.
     * The deviation alone lets one site drift far from the rest while the others bunch together, and
     * the gap between the best- and the worst-served site is what a manager is asked about.
     */
    public long penalty() {
        return Math.round((standardDeviationDays() + rangeDays() / 2) * 100);
    }

    @Override
    public String inWords() {
        String perSite = sites.stream()
                .sorted(Comparator.comparingDouble(SiteWait::meanWaitDays).reversed())
                .map(site ->
                        String.format(Locale.UK, "%s %.1f days", site.venue().name(), site.meanWaitDays()))
                .collect(Collectors.joining(", "));
        return String.format(
                Locale.UK,
                "Mean waits differ across sites by up to %.1f days, a standard deviation of %.1f days (%s)",
                rangeDays(),
                standardDeviationDays(),
                perSite);
    }

    @Override
    public int compareTo(SiteWaitSpread other) {
        return Long.compare(penalty(), other.penalty());
    }
}
