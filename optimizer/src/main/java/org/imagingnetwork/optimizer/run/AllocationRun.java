package org.imagingnetwork.optimizer.run;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;
import org.imagingnetwork.optimizer.allocation.Horizon;
import org.imagingnetwork.optimizer.allocation.Partitioner;
import org.imagingnetwork.optimizer.allocation.Placement;
import org.imagingnetwork.optimizer.allocation.PlanFigures;

/**
 * Solves an allocation run: splits it by modality (and ICS, if asked) into groups solved side by side
 * on the instance's solver threads, each group week by week; shares the time limit by size; reports
 * the best score as parts improve; and stops every part when asked. The merged plan is scored again
 * as a whole, since evenness of waits spans the parts.
 */
final class AllocationRun {

    private final PlanningData data;
    private final Solvers solvers;

    AllocationRun(PlanningData data, Solvers solvers) {
        this.data = data;
        this.solvers = solvers;
    }

    RunOutcome.Allocation execute(Run run, RunControl control) throws InterruptedException {
        AllocationPlan whole = data.allocation(run.id(), run.scope()).plan();
        PlanFigures before = PlanFigures.of(whole);
        Map<OdsCode, String> icsOfTrust = new HashMap<>();
        data.network().trusts().forEach(trust -> icsOfTrust.put(trust.odsCode(), trust.icsCode()));
        List<Partitioner.Group> groups = new Partitioner(run.settings().splitByIcs())
                .groups(whole, trust -> icsOfTrust.getOrDefault(trust, "UNKNOWN"));
        int total = Math.max(1, whole.placements().size());
        Duration budget = Duration.ofSeconds(run.settings().secondsLimit());
        Map<String, SolverJob<AllocationPlan, String>> active = new ConcurrentHashMap<>();
        Map<String, BendableLongScore> best = new ConcurrentHashMap<>();
        List<AllocationPlan> solved = Collections.synchronizedList(new ArrayList<>());
        ExecutorService chains = Executors.newFixedThreadPool(Math.max(1, Math.min(groups.size(), 16)));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Partitioner.Group group : groups) {
                Duration share = share(budget, group.placements().size(), total);
                futures.add(chains.submit(() -> {
                    solveGroup(run, group, share, active, best, solved, control);
                    return null;
                }));
            }
            boolean stopped = awaitAll(futures, active, control);
            AllocationPlan merged = Partitioner.merge(whole.horizon(), solved);
            solvers.allocationAnalysis().update(merged);
            Map<RequestId, SlotId> proposals = new HashMap<>();
            for (Placement placement : merged.placements()) {
                if (placement.placed() && !placement.booked()) {
                    proposals.put(placement.request().id(), placement.slot().id());
                }
            }
            return new RunOutcome.Allocation(
                    stopped, merged.score().toShortString(), before, PlanFigures.of(merged), proposals);
        } finally {
            chains.shutdownNow();
        }
    }

    private void solveGroup(
            Run run,
            Partitioner.Group group,
            Duration share,
            Map<String, SolverJob<AllocationPlan, String>> active,
            Map<String, BendableLongScore> best,
            List<AllocationPlan> solved,
            RunControl control)
            throws InterruptedException, ExecutionException {
        Set<Long> waiting = group.waitingIds();
        List<Horizon> weeks = group.weeks();
        Duration perWeek = share.dividedBy(Math.max(1, weeks.size()));
        for (Horizon week : weeks) {
            AllocationPlan part = group.week(week, waiting);
            String id = run.id() + "/" + group.key() + "/" + week.firstDay();
            if (control.shouldStop() || part.slots().isEmpty()) {
                solved.add(part);
                continue;
            }
            SolverJob<AllocationPlan, String> job = solvers.allocation()
                    .solveBuilder()
                    .withProblemId(id)
                    .withProblem(part)
                    .withConfigOverride(new SolverConfigOverride<AllocationPlan>()
                            .withTerminationConfig(new TerminationConfig()
                                    .withSpentLimit(perWeek)
                                    .withUnimprovedSpentLimit(atLeastOneSecond(perWeek.dividedBy(5)))))
                    .withBestSolutionEventConsumer(event -> {
                        best.put(group.key(), event.solution().score());
                        report(best, control);
                    })
                    .run();
            active.put(id, job);
            AllocationPlan result = job.getFinalBestSolution();
            active.remove(id);
            solved.add(result);
            result.placements().stream()
                    .filter(p -> p.placed() && !p.booked())
                    .forEach(p -> waiting.remove(p.request().id().value()));
        }
    }

    private static boolean awaitAll(
            List<Future<?>> futures, Map<String, SolverJob<AllocationPlan, String>> active, RunControl control)
            throws InterruptedException {
        boolean stopped = false;
        for (Future<?> future : futures) {
            while (true) {
                try {
                    future.get(1, java.util.concurrent.TimeUnit.SECONDS);
                    break;
                } catch (java.util.concurrent.TimeoutException stillSolving) {
                    if (!stopped && control.shouldStop()) {
                        stopped = true;
                        active.values().forEach(SolverJob::terminateEarly);
                    } else if (stopped) {
                        active.values().forEach(SolverJob::terminateEarly);
                    }
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a part of the allocation failed to solve", e.getCause());
                }
            }
        }
        return stopped || control.shouldStop();
    }

    private static void report(Map<String, BendableLongScore> best, RunControl control) {
        BendableLongScore sum = null;
        for (BendableLongScore score : best.values()) {
            sum = sum == null ? score : sum.add(score);
        }
        if (sum != null) {
            control.bestScore(sum.toShortString(), sum.isFeasible());
        }
    }

    private static Duration share(Duration budget, int size, int total) {
        return atLeastOneSecond(budget.multipliedBy(Math.max(1, size)).dividedBy(total));
    }

    private static Duration atLeastOneSecond(Duration duration) {
        return duration.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : duration;
    }
}
