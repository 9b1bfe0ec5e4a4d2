package org.imagingnetwork.console.optimisation;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.optimizer.run.Run;
import org.imagingnetwork.optimizer.run.RunService;
import org.imagingnetwork.optimizer.run.RunState;
import org.imagingnetwork.optimizer.run.ScorePoint;
import org.imagingnetwork.optimizer.run.SolvePhase;

/**
 * Reads a run's progress from PostgreSQL, where the solving instance stores it, never from this
 * instance's memory: any console instance can show any run, whichever instance solves it.
 */
@Singleton
class ProgressReader {

    private final RunService runs;
    private final OptimisationQueries queries;
    private final Clock clock;

    ProgressReader(RunService runs, OptimisationQueries queries, Clock clock) {
        this.runs = runs;
        this.queries = queries;
        this.clock = clock;
    }

    /** The run's state now, with the best scores stored after {@code afterSeq}. */
    ProgressUpdate read(Run known, int afterSeq) {
        Run run = runs.run(known.id()).orElse(known);
        List<ScorePoint> stored = runs.progress(run.id());
        Instant since = queries.solvingSince(run.id().value()).orElse(run.requestedAt());
        Instant until =
                RunWords.live(run.state()) ? clock.instant() : run.finishedAt().orElse(clock.instant());
        long elapsed = run.state() == RunState.QUEUED
                ? 0
                : Math.max(0, Duration.between(since, until).toSeconds());
        int limit = run.settings().secondsLimit();
        int percent = run.state() == RunState.SOLVED || run.state() == RunState.PUBLISHED
                ? 100
                : (int) Math.min(100, elapsed * 100 / limit);
        List<ProgressUpdate.Point> points = stored.stream()
                .filter(p -> p.seq() > afterSeq)
                .map(p -> new ProgressUpdate.Point(
                        p.seq(),
                        Math.max(0, Duration.between(since, p.at()).toSeconds()),
                        RunWords.step(p.phase()),
                        p.feasible(),
                        ScoreLevels.of(run.kind(), p.score())))
                .toList();
        List<Long> best = run.bestScore()
                .or(() -> stored.isEmpty()
                        ? Optional.empty()
                        : Optional.of(stored.get(stored.size() - 1).score()))
                .map(score -> ScoreLevels.of(run.kind(), score))
                .orElse(List.of());
        boolean levelling = run.state() == RunState.SOLVING
                && !stored.isEmpty()
                && stored.get(stored.size() - 1).phase() == SolvePhase.LEVELLING;
        return new ProgressUpdate(
                run.state().name(),
                levelling ? RunWords.step(SolvePhase.LEVELLING) : RunWords.state(run.state()),
                RunWords.live(run.state()),
                percent,
                elapsed,
                limit,
                best,
                points);
    }
}
