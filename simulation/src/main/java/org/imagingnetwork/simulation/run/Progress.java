package org.imagingnetwork.simulation.run;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A progress bar per policy and week on the console, with the time left estimated from the weeks
 * done, and a line per simulated day with the time it took.
 */
final class Progress {

    private final PrintStream out;
    private final int totalWeeks;
    private final long started = System.nanoTime();
    private int done;
    private long dayStarted = System.nanoTime();

    Progress(PrintStream out, int totalWeeks) {
        this.out = out;
        this.totalWeeks = totalWeeks;
    }

    /** A line per simulated day with the time it took: where a long run spends its time. */
    void dayDone(Policy policy, LocalDate day) {
        long now = System.nanoTime();
        out.printf(
                "  policy %d, %s %s: %.1f s%n",
                policy.number(),
                day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK),
                day,
                (now - dayStarted) / 1e9);
        dayStarted = now;
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
