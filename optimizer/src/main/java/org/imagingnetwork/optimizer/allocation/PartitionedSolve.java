package org.imagingnetwork.optimizer.allocation;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Solves an allocation group by group, as Community Timefold has no partitioned search. The groups
 * of a {@link Partitioner} are solved at the same time, each with the whole time limit, and each
 * group's weeks one after another. Solving the groups side by side rather than in turn means every
 * group has its feasible first plan from the fill within seconds of the start, and the run uses every
 * core the instance has; small groups stop early once they no longer improve, leaving the cores to
 * the large ones.
 *
 * <p>The solver manager must be able to run as many solvers at once as there are groups, or the
 * later groups wait for the earlier ones and the run takes longer than its limit.
 */
public final class PartitionedSolve {

    private final SolverManager<AllocationPlan, String> solvers;

    public PartitionedSolve(SolverManager<AllocationPlan, String> solvers) {
        this.solvers = Objects.requireNonNull(solvers, "solvers");
    }

    /** What a caller hears while the parts are solved, and how it asks them to stop. */
    public interface Listener {

        /** Asked every second: true winds every part down, keeping its best plan so far. */
        boolean shouldStop();

        /** A week of a group has its first complete plan, from the fill; feasible unless the data is wrong. */
        void firstPlan(String group, LocalDate week, BendableLongScore score);

        /** A group's best plan improved. */
        void improved(String group, BendableLongScore score);
    }

    /** The merged plan, not yet scored as a whole, and whether it was stopped before its limit. */
    public record Result(AllocationPlan plan, boolean stopped) {}

    public Result solve(String id, Horizon horizon, List<Partitioner.Group> groups, Duration limit, Listener listener)
            throws InterruptedException {
        long started = System.nanoTime();
        boolean severalParts =
                groups.stream().filter(group -> !group.slots().isEmpty()).count() > 1;
        Duration firstRound =
                severalParts ? atLeastOneSecond(limit.multipliedBy(2).dividedBy(3)) : limit;
        Map<String, SolverJob<AllocationPlan, String>> active = new ConcurrentHashMap<>();
        List<Solved> solved = Collections.synchronizedList(new ArrayList<>());
        ExecutorService chains = Executors.newFixedThreadPool(Math.max(1, groups.size()));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Partitioner.Group group : groups) {
                futures.add(chains.submit(() -> {
                    solveGroup(id, group, firstRound, active, solved, listener);
                    return null;
                }));
            }
            boolean stopped = awaitAll(futures, active, listener);
            // What the first round left of the limit: starting the parts' solvers takes time of its own.
            Duration left =
                    limit.minus(Duration.ofNanos(System.nanoTime() - started)).truncatedTo(ChronoUnit.MILLIS);
            if (!severalParts || stopped || left.compareTo(Duration.ofSeconds(1)) < 0) {
                return new Result(Partitioner.merge(horizon, plans(solved)), stopped);
            }
            return evenOutAcrossParts(id, horizon, solved, left, chains, active, listener);
        } finally {
            chains.shutdownNow();
        }
    }

    /** A solved part: its group, its first day, and its plan. */
    private record Solved(String group, LocalDate week, AllocationPlan plan) {}

    /**
     * The second round: every part is solved again from its plan, now against the patients the other
     * parts put at each site, so that it evens out the sites' mean waits over the whole plan (a site's
     * mean counts every modality seen there, which no part alone can see). The parts move at the same
     * time, each against the others' plans of the first round.
     */
    private Result evenOutAcrossParts(
            String id,
            Horizon horizon,
            List<Solved> firstRound,
            Duration limit,
            ExecutorService chains,
            Map<String, SolverJob<AllocationPlan, String>> active,
            Listener listener)
            throws InterruptedException {
        List<Placement> everyone = new ArrayList<>();
        firstRound.forEach(part -> everyone.addAll(part.plan().placements()));
        SitesElsewhere whole = SitesElsewhere.of(everyone);
        List<Solved> secondRound = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> futures = new ArrayList<>();
        for (Solved part : firstRound) {
            if (part.plan().slots().isEmpty()) {
                secondRound.add(part);
                continue;
            }
            AllocationPlan problem =
                    part.plan().against(whole.without(part.plan().placements()));
            String partId = id + "/" + part.group() + "/" + part.week() + "/even";
            futures.add(chains.submit(() -> {
                SolverJob<AllocationPlan, String> job = solvers.solveBuilder()
                        .withProblemId(partId)
                        .withProblem(problem)
                        .withConfigOverride(override(limit))
                        .withBestSolutionEventConsumer(event ->
                                listener.improved(part.group(), event.solution().score()))
                        .run();
                active.put(partId, job);
                AllocationPlan result = job.getFinalBestSolution();
                active.remove(partId);
                secondRound.add(new Solved(part.group(), part.week(), result));
                return null;
            }));
        }
        boolean stopped = awaitAll(futures, active, listener);
        return new Result(Partitioner.merge(horizon, plans(secondRound)), stopped);
    }

    private static List<AllocationPlan> plans(List<Solved> parts) {
        synchronized (parts) {
            return parts.stream().map(Solved::plan).toList();
        }
    }

    private static SolverConfigOverride<AllocationPlan> override(Duration limit) {
        return new SolverConfigOverride<AllocationPlan>()
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(limit)
                        .withUnimprovedSpentLimit(atLeastOneSecond(limit.dividedBy(5))));
    }

    private void solveGroup(
            String id,
            Partitioner.Group group,
            Duration limit,
            Map<String, SolverJob<AllocationPlan, String>> active,
            List<Solved> solved,
            Listener listener)
            throws InterruptedException, ExecutionException {
        Set<Long> waiting = group.waitingIds();
        List<Horizon> weeks = group.weeks();
        Duration perWeek = atLeastOneSecond(limit.dividedBy(Math.max(1, weeks.size())));
        for (Horizon week : weeks) {
            AllocationPlan part = group.week(week, waiting);
            String partId = id + "/" + group.key() + "/" + week.firstDay();
            if (listener.shouldStop() || part.slots().isEmpty()) {
                solved.add(new Solved(group.key(), week.firstDay(), part));
                continue;
            }
            SolverJob<AllocationPlan, String> job = solvers.solveBuilder()
                    .withProblemId(partId)
                    .withProblem(part)
                    .withConfigOverride(override(perWeek))
                    .withFirstInitializedSolutionConsumer(
                            first -> listener.firstPlan(group.key(), week.firstDay(), first.score()))
                    .withBestSolutionEventConsumer(event ->
                            listener.improved(group.key(), event.solution().score()))
                    .run();
            active.put(partId, job);
            AllocationPlan result = job.getFinalBestSolution();
            active.remove(partId);
            solved.add(new Solved(group.key(), week.firstDay(), result));
            result.placements().stream()
                    .filter(p -> p.placed() && !p.booked())
                    .forEach(p -> waiting.remove(p.request().id().value()));
        }
    }

    private static boolean awaitAll(
            List<Future<?>> futures, Map<String, SolverJob<AllocationPlan, String>> active, Listener listener)
            throws InterruptedException {
        boolean stopped = false;
        for (Future<?> future : futures) {
            while (true) {
                try {
                    future.get(1, TimeUnit.SECONDS);
                    break;
                } catch (TimeoutException stillSolving) {
                    if (stopped || listener.shouldStop()) {
                        stopped = true;
                        active.values().forEach(SolverJob::terminateEarly);
                    }
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a part of the allocation failed to solve", e.getCause());
                }
            }
        }
        return stopped || listener.shouldStop();
    }

    private static Duration atLeastOneSecond(Duration duration) {
        return duration.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : duration;
    }
}
