package org.imagingnetwork.core.bi;

import org.imagingnetwork.core.bi.Turnaround.Milestone;

/**
 * The network's turnaround targets: days from receipt of a referral within which nine in ten
 * requests should reach each milestone. A turnaround is held against its target by its 90th
 * percentile. The defaults ({@link #standard()}) and where they come from are in docs/bi.md.
 */
public record TurnaroundTargets(int vettedDays, int appointedDays, int scannedDays, int reportedDays) {

    /** The longest target a network may set, a year. */
    public static final int MAX_DAYS = 365;

    public TurnaroundTargets {
        check("vettedDays", vettedDays);
        check("appointedDays", appointedDays);
        check("scannedDays", scannedDays);
        check("reportedDays", reportedDays);
    }

    /**
     * Scanned within six weeks (the national diagnostic standard) and reported within four weeks of
     * the scan (NHS England's reporting turnaround times, 2023): 42 and 70 days. Vetted within 3 days
     * and appointed within 14 have no national standard: they are the network's own, leaving four
     * weeks between booking and the six-week limit.
     */
    public static TurnaroundTargets standard() {
        return new TurnaroundTargets(3, 14, 42, 70);
    }

    public int daysFor(Milestone milestone) {
        return switch (milestone) {
            case VETTED -> vettedDays;
            case APPOINTED -> appointedDays;
            case SCANNED -> scannedDays;
            case REPORTED -> reportedDays;
        };
    }

    /** A turnaround against its target: met when its 90th percentile is within it. */
    public Outcome judge(Turnaround turnaround) {
        if (turnaround.p90Days().isEmpty()) {
            return Outcome.NO_REQUESTS;
        }
        return turnaround.p90Days().getAsDouble() <= daysFor(turnaround.milestone()) ? Outcome.MET : Outcome.MISSED;
    }

    /** How a milestone's turnaround stands against its target. */
    public enum Outcome {
        MET,
        MISSED,
        /** Nobody reached the milestone in the period, so there is nothing to judge. */
        NO_REQUESTS
    }

    private static void check(String field, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException(field + " must be a whole number of days from 1 to " + MAX_DAYS);
        }
    }
}
