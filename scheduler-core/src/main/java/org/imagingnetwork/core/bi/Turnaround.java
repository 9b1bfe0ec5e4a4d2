package org.imagingnetwork.core.bi;

import java.util.OptionalDouble;

/**
 * Days from referral to a milestone, for the requests that first reached it in the period: the
 * median and the 90th percentile (interpolated, as PostgreSQL's percentile_cont). Empty when no
 * request reached it.
 */
public record Turnaround(Milestone milestone, long requests, OptionalDouble medianDays, OptionalDouble p90Days) {

    public enum Milestone {
        /** First accepted at vetting (justified). */
        VETTED,
        /** First booked. */
        APPOINTED,
        /** First attended, or images acquired, whichever the RIS reported first. */
        SCANNED,
        /** First reported. */
        REPORTED
    }
}
