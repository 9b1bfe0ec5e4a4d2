package org.imagingnetwork.console.optimisation;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.imagingnetwork.optimizer.run.RunKind;
import org.junit.jupiter.api.Test;

/** Reading the optimiser's short score text level by level, as Timefold writes it. */
class ScoreLevelsTest {

    @Test
    void readsEveryLevelOfAnAllocationScore() {
        String score = BendableLongScore.of(new long[] {-2}, new long[] {0, -1, -3, -120, -4, -50})
                .toShortString();
        assertThat(ScoreLevels.of(RunKind.ALLOCATION, score)).containsExactly(2L, 0L, 1L, 3L, 120L, 4L, 50L);
    }

    @Test
    void aGroupLeftOutOfTheShortTextIsZero() {
        String feasible = BendableLongScore.of(new long[] {0}, new long[] {0, 0, -3, -120, 0, 0})
                .toShortString();
        assertThat(ScoreLevels.of(RunKind.ALLOCATION, feasible)).containsExactly(0L, 0L, 0L, 3L, 120L, 0L, 0L);
        assertThat(ScoreLevels.of(
                        RunKind.ALLOCATION, BendableLongScore.zero(1, 6).toShortString()))
                .containsOnly(0L)
                .hasSize(7);
    }

    @Test
    void readsADiaryScore() {
        assertThat(ScoreLevels.of(RunKind.DIARY, HardSoftLongScore.of(-2, -340).toShortString()))
                .containsExactly(2L, 340L);
        assertThat(ScoreLevels.of(RunKind.DIARY, HardSoftLongScore.ofSoft(-340).toShortString()))
                .containsExactly(0L, 340L);
    }

    @Test
    void aRePlanIsReadAsAnAllocationAndChartsThePatientsStillWithoutASlot() {
        String score = BendableLongScore.of(new long[] {0}, new long[] {-2, 0, 0, -120, 0, -50})
                .toShortString();
        assertThat(ScoreLevels.of(RunKind.DISRUPTION, score)).containsExactly(0L, 2L, 0L, 0L, 120L, 0L, 50L);
        assertThat(ScoreLevels.charted(RunKind.DISRUPTION)).containsExactly(1, 4);
        assertThat(ScoreLevels.names(RunKind.DISRUPTION).get(1)).isEqualTo("Displaced patients without a slot");
    }
}
