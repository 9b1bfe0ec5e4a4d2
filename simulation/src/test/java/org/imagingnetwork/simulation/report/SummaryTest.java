package org.imagingnetwork.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

    private static final WeekFigures LOCAL = new WeekFigures(
            "LOCAL",
            1,
            3,
            6164,
            1276,
            1072,
            25.0,
            127.0,
            new WeekFigures.Share(7, 35),
            new WeekFigures.Share(42, 114),
            118,
            45,
            23,
            0,
            0,
            0.858,
            1.3,
            23.0,
            67.5);
    private static final WeekFigures OPTIMISED = new WeekFigures(
            "NETWORK_OPTIMISED",
            2,
            3,
            5820,
            879,
            1176,
            28.0,
            103.0,
            new WeekFigures.Share(4, 70),
            new WeekFigures.Share(6, 95),
            225,
            196,
            11,
            1325,
            112,
            0.9551,
            1.4,
            32.6,
            23.0);

    @Test
    void weeksWrittenAsCsvReadBackTheSameFromFilesJoinedWithTheirHeaders() {
        String joined = Summary.csv(List.of(LOCAL)) + Summary.csv(List.of(OPTIMISED));

        assertThat(Summary.parse(joined)).containsExactly(LOCAL, OPTIMISED);
    }

    @Test
    void refusesARowThatIsNotAWeek() {
        assertThatThrownBy(() -> Summary.parse("LOCAL,1,3\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("22 fields");
    }
}
