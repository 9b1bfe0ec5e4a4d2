package org.imagingnetwork.console.optimisation;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Where a run has got to, as its page shows it and as each server-sent event carries it.
 *
 * @param live true while the run may still change (queued or solving)
 * @param percent how much of its time limit the solver has used
 * @param best the best score so far, level by level (positive amounts), empty before the first
 * @param points the best scores found, after the last one the page already has
 */
@Serdeable
record ProgressUpdate(
        String state,
        String stateLabel,
        boolean live,
        int percent,
        long elapsedSeconds,
        int limitSeconds,
        List<Long> best,
        List<Point> points) {

    /**
     * One new best score: seconds into the solve, the run's step then (solving, or levelling the
     * sites' waits), whether every must-rule holds, and its levels.
     */
    @Serdeable
    record Point(int seq, long second, String step, boolean feasible, List<Long> levels) {}

    int lastSeq() {
        return points.isEmpty() ? 0 : points.get(points.size() - 1).seq();
    }
}
