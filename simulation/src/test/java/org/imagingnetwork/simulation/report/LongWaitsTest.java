package org.imagingnetwork.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imagingnetwork.simulation.jdbc.FigureQueries.LongWait;
import org.junit.jupiter.api.Test;

class LongWaitsTest {

    @Test
    void addsBookedAndUnbookedUpByTrustAndReachWithTheirTotal() {
        String table = LongWaits.table(List.of(
                new LongWait("RXW", "named sites", false, 100, 40),
                new LongWait("RXW", "named sites", true, 50, 10),
                new LongWait("RBK", "anywhere", false, 30, 0)));

        assertThat(table.lines())
                .containsExactly(
                        "| trust | will go to | waiting | over 6 weeks | of them booked |",
                        "|---|---|---|---|---|",
                        "| RBK | anywhere | 30 | 0 (0.0%) | 0 |",
                        "| RXW | named sites | 150 | 50 (33.3%) | 10 |",
                        "| all | all | 180 | 50 (27.8%) | 10 |");
    }
}
