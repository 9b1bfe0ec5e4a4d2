package org.imagingnetwork.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentileTest {

    @Test
    void interpolatesBetweenRanksAsPercentileContDoes() {
        List<Double> values = List.of(4.0, 1.0, 3.0, 2.0);
        assertThat(Percentile.of(values, 0.5)).isEqualTo(2.5);
        // rank 0.9 × 3 = 2.7: 3 + 0.7 × (4 − 3)
        assertThat(Percentile.of(values, 0.9)).isCloseTo(3.7, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void noValuesHaveNoPercentile() {
        assertThat(Percentile.of(List.of(), 0.5)).isNaN();
    }
}
