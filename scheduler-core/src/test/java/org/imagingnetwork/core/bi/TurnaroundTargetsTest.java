package org.imagingnetwork.core.bi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.imagingnetwork.core.bi.Turnaround.Milestone;
import org.junit.jupiter.api.Test;

class TurnaroundTargetsTest {

    @Test
    void aTurnaroundMeetsItsTargetWhenItsNinetiethPercentileIsWithinIt() {
        TurnaroundTargets targets = TurnaroundTargets.standard();
        Turnaround onTheDay = new Turnaround(Milestone.SCANNED, 10, OptionalDouble.of(20), OptionalDouble.of(42));
        Turnaround aDayOver = new Turnaround(Milestone.SCANNED, 10, OptionalDouble.of(20), OptionalDouble.of(42.01));

        assertThat(targets.judge(onTheDay)).isEqualTo(TurnaroundTargets.Outcome.MET);
        assertThat(targets.judge(aDayOver)).isEqualTo(TurnaroundTargets.Outcome.MISSED);
        assertThat(targets.daysFor(Milestone.REPORTED)).isEqualTo(70);
    }

    @Test
    void refusesATargetOutsideOneDayToAYearNamingIt() {
        assertThatThrownBy(() -> new TurnaroundTargets(3, 0, 42, 70))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("appointedDays");
        assertThatThrownBy(() -> new TurnaroundTargets(3, 14, 42, 366)).hasMessageStartingWith("reportedDays");
    }
}
