package org.imagingnetwork.optimizer.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The course of a run's best score as stored for every instance's progress chart. */
class RunProgressIT {

    private static final LocalDate DAY = LocalDate.of(2031, 6, 2);

    @Test
    void theStoredCourseEndsAtTheLastScoreEvenWhenItCameWithinASecondOfTheOneBefore() throws Exception {
        RunStore store = new RunStore(OptimizerDatabase.get().jdbi());
        RunId id = RunId.random();
        store.create(
                id,
                RunKind.DIARY,
                RunScope.network(Optional.empty(), DAY, DAY),
                RunSettings.of(1),
                "staff:progress",
                Instant.now());
        RunExecutor improving = (run, control) -> {
            if (run.id().equals(id)) {
                control.bestScore("0hard/-30soft", true);
                control.bestScore("0hard/-25soft", true);
                control.bestScore("0hard/-22soft", true);
                return new RunOutcome.Diary(false, "0hard/-22soft", List.of());
            }
            return new RunOutcome.Diary(false, "0hard/0soft", List.of());
        };
        // A clock that stands still: every score after the first comes within the same second.
        Clock still = Clock.fixed(Instant.parse("2031-06-01T09:00:00Z"), ZoneOffset.UTC);
        try (RunWorker worker = new RunWorker(
                "instance-progress", store, improving, new ProgressHub(), still, Duration.ofSeconds(30))) {
            while (worker.pollOnce()) {
                // Solve whatever is queued, this test's run among it.
            }
        }

        assertThat(store.progress(id))
                .extracting(ScorePoint::score)
                .as("the first score at once, the last when the run ends, none between")
                .containsExactly("0hard/-30soft", "0hard/-22soft");
        assertThat(store.find(id).orElseThrow().bestScore()).contains("0hard/-22soft");
    }
}
