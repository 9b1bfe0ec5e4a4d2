package org.imagingnetwork.simulation.run;

import java.io.PrintStream;
import java.time.Duration;

/** A progress bar per policy and week on the console, with the time left estimated from the weeks done. */
final class Progress {

    private final PrintStream out;
    private final int totalWeeks;
    private final long started = System.nanoTime();
    private int done;

    Progress(PrintStream out, int totalWeeks) {
        this.out = out;
        this.totalWeeks = totalWeeks;
    }

    void weekDone(Policy policy, int week) {
        done++;
        long elapsed = System.nanoTime() - started;
        Duration left = Duration.ofNanos(elapsed / done * (totalWeeks - done));
        int filled = done * 30 / totalWeeks;
        out.printf(
                "[%s%s] %3d%%  policy %d %-17s week %2d  elapsed %s  left ~%s%n",
                "#".repeat(filled),
                " ".repeat(30 - filled),
                done * 100 / totalWeeks,
                policy.number(),
                policy.name(),
                week,
                format(Duration.ofNanos(elapsed)),
                format(left));
    }

    private static String format(Duration duration) {
        return String.format("%d:%02d:%02d", duration.toHours(), duration.toMinutesPart(), duration.toSecondsPart());
    }
}
