package org.imagingnetwork.simulation.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BehaviourTest {

    @Test
    void fatesComeAtThePublishedRates() {
        Behaviour behaviour = Behaviour.published();
        SplittableRandom random = new SplittableRandom(1);
        Map<Behaviour.Fate, Integer> counts = new EnumMap<>(Behaviour.Fate.class);
        int draws = 200_000;
        for (int i = 0; i < draws; i++) {
            counts.merge(behaviour.fate(random.nextDouble()), 1, Integer::sum);
        }
        assertThat(counts.get(Behaviour.Fate.DID_NOT_ATTEND) / (double) draws).isBetween(0.060, 0.064);
        assertThat(counts.get(Behaviour.Fate.CANCEL) / (double) draws).isBetween(0.0355, 0.0395);
        assertThat(counts.get(Behaviour.Fate.MOVE) / (double) draws).isBetween(0.0355, 0.0395);
    }

    @Test
    void refusesRatesThatAddUpToMoreThanEveryone() {
        assertThatThrownBy(() -> new Behaviour(0.5, 0.1, 0.4, 0.2, 0.11, 0.8))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
