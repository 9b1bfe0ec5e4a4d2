package org.imagingnetwork.core.request;

import java.time.Instant;
import java.time.LocalDate;

/** One row per London day of the daily re-assessment: whoever writes it first runs that day. */
public interface ReassessmentRuns {

    /**
     * Claims the day for this instance: true if no instance had it, or the one that had it started
     * before {@code abandonedBefore} and never finished.
     */
    boolean claim(LocalDate day, String instance, Instant at, Instant abandonedBefore);

    void finish(LocalDate day, String instance, DailyReassessment.Result result, Instant at);
}
