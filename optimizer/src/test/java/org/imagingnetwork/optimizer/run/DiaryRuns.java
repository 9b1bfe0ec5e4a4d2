package org.imagingnetwork.optimizer.run;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.diary.SessionPlan;
import org.imagingnetwork.core.network.Modality;

/**
 * Solves a whole-network diary exactly as a diary run does ({@link DiaryRun}: one part per ICS, side
 * by side), without a database or a claim, for the diary benchmark.
 */
public final class DiaryRuns {

    private DiaryRuns() {}

    /** The run's outcome: its summed score, whether it was stopped, and the sessions it would publish. */
    public record Solved(String score, boolean stopped, List<SessionPlan> sessions) {}

    /** Hears the run's best score as the progress chart would. */
    @FunctionalInterface
    public interface Progress {
        void bestScore(String score, boolean feasible);
    }

    public static Solved solveNetwork(
            DiaryParts parts,
            Solvers solvers,
            Optional<Modality> modality,
            LocalDate firstDay,
            LocalDate lastDay,
            int seconds,
            Progress progress)
            throws InterruptedException {
        Run run = new Run(
                RunId.random(),
                RunKind.DIARY,
                RunScope.network(modality, firstDay, lastDay),
                RunSettings.of(seconds),
                "diary benchmark",
                Instant.now(),
                RunState.SOLVING,
                Optional.of("benchmark"),
                1,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        RunOutcome.Diary outcome = new DiaryRun(parts, solvers).execute(run, new RunControl() {
            @Override
            public boolean shouldStop() {
                return false;
            }

            @Override
            public void bestScore(String score, boolean feasible) {
                progress.bestScore(score, feasible);
            }

            @Override
            public void phase(SolvePhase phase) {}
        });
        return new Solved(outcome.score(), outcome.stopped(), outcome.sessions());
    }
}
