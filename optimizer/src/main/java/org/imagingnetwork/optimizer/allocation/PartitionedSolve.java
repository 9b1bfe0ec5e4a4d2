package org.imagingnetwork.optimizer.allocation;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
 * of a {@link Partitioner} are solved at the same time, within the first nine tenths of the time
 * limit, and each group's weeks one after another, each week with its share of what is left. Solving the groups side by side rather than in turn means every
 * group has its feasible first plan from the fill within seconds of the start, and the run uses every
 * core the instance has; small groups stop early once they no longer improve, leaving the cores to
 * the large ones. The merged plan is then levelled ({@link SiteLevelling}) for the rest of the limit,
 * as the sites' mean waits count every modality and no group's solver sees the others'.
 *
 * <p>The solver manager must be able to run as many solvers at once as there are groups, or the
 * later groups wait for the earlier ones and the run takes longer than its limit.
 */
public final class PartitionedSolve {

    /** The share of the limit kept back for levelling the merged plan ({@link SiteLevelling}). */
    private static final int LEVELLING_SHARE_DIVISOR = 10;

    /**
     * The least a week of a group is given, however little of the limit is left: enough for the fill
     * to start, which always runs to its end, so every week has a complete plan.
     */
    private static final Duration LEAST_PER_WEEK = Duration.ofMillis(200);

    /**
     * How long past the groups' share a solver may run on before it is told to stop: Timefold checks
     * its spent limit between steps, and a step of a large group can be long.
     */
    private static final Duration OVERRUN_ALLOWED = Duration.ofMillis(200);

    /** How often the parts are checked: for a manager's stop, and for a solver running past its share. */
    private static final Duration CHECK_EVERY = Duration.ofMillis(200);

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

        /** Every group has finished; the merged plan's sites are now being levelled. */
        default void levelling() {}
    }

    /**
     * The merged plan, not yet scored as a whole, whether it was stopped before its limit, and how
     * many moves levelling the merged plan's site waits made ({@link SiteLevelling}) in how long.
     */
    public record Result(AllocationPlan plan, boolean stopped, int levellingMoves, Duration levellingTook) {}

    /**
     * Solves the groups and levels the merged plan, all within {@code limit} from now: the groups end
     * by nine tenths of it (each week given its share of what is left, and a solver still running a
     * moment after that told to stop), and levelling ends at the limit.
     */
    public Result solve(String id, Horizon horizon, List<Partitioner.Group> groups, Duration limit, Listener listener)
            throws InterruptedException {
        Map<String, SolverJob<AllocationPlan, String>> active = new ConcurrentHashMap<>();
        List<AllocationPlan> solved = Collections.synchronizedList(new ArrayList<>());
        Instant deadline = Instant.now().plus(limit);
        Instant groupsDeadline = deadline.minus(limit.dividedBy(LEVELLING_SHARE_DIVISOR));
        ExecutorService chains = Executors.newFixedThreadPool(Math.max(1, groups.size()));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Partitioner.Group group : groups) {
                futures.add(chains.submit(() -> {
                    solveGroup(id, group, groupsDeadline, active, solved, listener);
                    return null;
                }));
            }
            boolean stopped = awaitAll(futures, active, groupsDeadline.plus(OVERRUN_ALLOWED), listener);
            AllocationPlan merged = Partitioner.merge(horizon, solved);
            Instant levelling = Instant.now();
            int levelled = 0;
            if (!stopped) {
                listener.levelling();
                levelled = SiteLevelling.level(merged, deadline);
            }
            return new Result(merged, stopped, levelled, Duration.between(levelling, Instant.now()));
        } finally {
            chains.shutdownNow();
        }
    }

    private void solveGroup(
            String id,
            Partitioner.Group group,
            Instant groupsDeadline,
            Map<String, SolverJob<AllocationPlan, String>> active,
            List<AllocationPlan> solved,
            Listener listener)
            throws InterruptedException, ExecutionException {
        Set<Long> waiting = group.waitingIds();
        List<Horizon> weeks = group.weeks();
        int weeksLeft = weeks.size();
        for (Horizon week : weeks) {
            // A week that ends early leaves its time to the weeks after it.
            Duration perWeek = atLeast(
                    LEAST_PER_WEEK,
                    Duration.between(Instant.now(), groupsDeadline).dividedBy(weeksLeft--));
            AllocationPlan part = group.week(week, waiting);
            String partId = id + "/" + group.key() + "/" + week.firstDay();
            if (listener.shouldStop() || part.slots().isEmpty()) {
                solved.add(part);
                continue;
            }
            SolverJob<AllocationPlan, String> job = solvers.solveBuilder()
                    .withProblemId(partId)
                    .withProblem(part)
                    .withConfigOverride(new SolverConfigOverride<AllocationPlan>()
                            .withTerminationConfig(new TerminationConfig()
                                    .withSpentLimit(perWeek)
                                    .withUnimprovedSpentLimit(atLeast(LEAST_PER_WEEK, perWeek.dividedBy(5)))))
                    .withFirstInitializedSolutionEventConsumer(event -> listener.firstPlan(
                            group.key(), week.firstDay(), event.solution().score()))
                    .withBestSolutionEventConsumer(event ->
                            listener.improved(group.key(), event.solution().score()))
                    .run();
            active.put(partId, job);
            AllocationPlan result = job.getFinalBestSolution();
            active.remove(partId);
            solved.add(result);
            result.placements().stream()
                    .filter(p -> p.placed() && !p.booked())
                    .forEach(p -> waiting.remove(p.request().id().value()));
        }
    }

    private static boolean awaitAll(
            List<Future<?>> futures,
            Map<String, SolverJob<AllocationPlan, String>> active,
            Instant cutOff,
            Listener listener)
            throws InterruptedException {
        boolean stopped = false;
        for (Future<?> future : futures) {
            while (true) {
                try {
                    future.get(CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException stillSolving) {
                    if (stopped || listener.shouldStop()) {
                        stopped = true;
                        active.values().forEach(SolverJob::terminateEarly);
                    } else if (Instant.now().isAfter(cutOff)) {
                        // Past its share: it keeps its best plan, and levelling keeps its time. A job
                        // not yet solving is left to start, so its week still gets the fill's plan.
                        active.values().stream()
                                .filter(job -> job.getSolverStatus() == SolverStatus.SOLVING_ACTIVE)
                                .forEach(SolverJob::terminateEarly);
                    }
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a part of the allocation failed to solve", e.getCause());
                }
            }
        }
        return stopped || listener.shouldStop();
    }

    /** In whole milliseconds, as Timefold's termination takes no finer. */
    private static Duration atLeast(Duration least, Duration duration) {
        return Duration.ofMillis((duration.compareTo(least) < 0 ? least : duration).toMillis());
    }
}
