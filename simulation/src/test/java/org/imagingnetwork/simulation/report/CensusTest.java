package org.imagingnetwork.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CensusTest {

    private static final LocalDate SUNDAY = LocalDate.of(2027, 1, 10);

    @Test
    void countsWhoseClockHasStartedAndThoseWaitingFortyTwoDaysOrMore() {
        List<LocalDate> clockStarts = List.of(
                SUNDAY, // waited 0 days
                SUNDAY.minusDays(41), // 5 weeks and 6 days: not yet over
                SUNDAY.minusDays(42), // exactly six weeks: over
                SUNDAY.minusDays(100), // over
                SUNDAY.plusDays(3)); // a planned exam not due yet: not on the list
        Census.Count count = Census.on(SUNDAY, clockStarts);

        assertThat(count).isEqualTo(new Census.Count(4, 2));
    }

    @Test
    void anEmptyListHasNobodyOver() {
        assertThat(Census.on(SUNDAY, List.of())).isEqualTo(new Census.Count(0, 0));
    }
}
