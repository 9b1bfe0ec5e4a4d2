package org.imagingnetwork.simulation.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The DM01 census as the national return and the BI dashboards count it: patients not yet scanned
 * whose six-week clock has started by the census day (receipt, or the due date of a planned exam),
 * and of them those who have waited six weeks (42 days) or more.
 */
public final class Census {

    private Census() {}

    /** Waiting at the census, and over six weeks. */
    public record Count(int waiting, int overSixWeeks) {}

    public static Count on(LocalDate censusDay, List<LocalDate> clockStarts) {
        int waiting = 0;
        int over = 0;
        for (LocalDate start : clockStarts) {
            if (start.isAfter(censusDay)) {
                continue;
            }
            waiting++;
            if (ChronoUnit.DAYS.between(start, censusDay) >= 42) {
                over++;
            }
        }
        return new Count(waiting, over);
    }
}
