package org.imagingnetwork.optimizer.run;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;
import org.imagingnetwork.optimizer.allocation.PartitionedSolve;
import org.imagingnetwork.optimizer.allocation.Partitioner;
import org.imagingnetwork.optimizer.allocation.Placement;
import org.imagingnetwork.optimizer.allocation.PlanFigures;

/**
 * Solves an allocation run: splits it by modality (and ICS, if asked) into groups solved side by side
 * ({@link PartitionedSolve}), reports the best score as groups improve, and stops every part when
 * asked. The merged plan is scored again as a whole, since evenness of waits spans the groups.
 *
 * <p>The time limit counts from when the run starts, reading the records included, so a run ends
 * within it: the solve gets what reading left, less a twentieth (a second at most) for scoring and
 * storing the merged plan.
 */
final class AllocationRun {

    private static final Duration MOST_KEPT_FOR_THE_END = Duration.ofSeconds(1);
    private static final Duration LEAST_TO_SOLVE = Duration.ofMillis(500);

    private final PlanningData data;
    private final Solvers solvers;

    AllocationRun(PlanningData data, Solvers solvers) {
        this.data = data;
        this.solvers = solvers;
    }

    RunOutcome.Allocation execute(Run run, RunControl control) throws InterruptedException {
        long started = System.nanoTime();
        Duration limit = Duration.ofSeconds(run.settings().secondsLimit());
        AllocationPlan whole = data.allocation(run.id(), run.scope()).plan();
        PlanFigures before = PlanFigures.of(whole);
        Map<OdsCode, String> icsOfTrust = new HashMap<>();
        data.network().trusts().forEach(trust -> icsOfTrust.put(trust.odsCode(), trust.icsCode()));
        List<Partitioner.Group> groups = new Partitioner(run.settings().splitByIcs())
                .groups(whole, trust -> icsOfTrust.getOrDefault(trust, "UNKNOWN"));
        Map<String, BendableLongScore> best = new ConcurrentHashMap<>();
        PartitionedSolve.Result result = new PartitionedSolve(solvers.allocation())
                .solve(
                        run.id().toString(),
                        whole.horizon(),
                        groups,
                        toSolve(limit, Duration.ofNanos(System.nanoTime() - started)),
                        new PartitionedSolve.Listener() {
                            @Override
                            public boolean shouldStop() {
                                return control.shouldStop();
                            }

                            @Override
                            public void firstPlan(String group, LocalDate week, BendableLongScore score) {
                                improved(group, score);
                            }

                            @Override
                            public void improved(String group, BendableLongScore score) {
                                best.put(group, score);
                                report(best, control);
                            }

                            @Override
                            public void levelling() {
                                control.phase(SolvePhase.LEVELLING);
                            }
                        });
        AllocationPlan merged = result.plan();
        BendableLongScore score = solvers.allocationAnalysis().update(merged);
        // The merged plan's own score, evenness across the groups included, ends the progress chart.
        control.bestScore(score.toShortString(), score.isFeasible());
        Map<RequestId, SlotId> proposals = new HashMap<>();
        for (Placement placement : merged.placements()) {
            if (placement.placed() && !placement.booked()) {
                proposals.put(placement.request().id(), placement.slot().id());
            }
        }
        return new RunOutcome.Allocation(
                result.stopped(), merged.score().toShortString(), before, PlanFigures.of(merged), proposals);
    }

    /** What the solve may take of the limit, after reading the records and keeping time for the end. */
    static Duration toSolve(Duration limit, Duration spentReading) {
        Duration kept = limit.dividedBy(20);
        if (kept.compareTo(MOST_KEPT_FOR_THE_END) > 0) {
            kept = MOST_KEPT_FOR_THE_END;
        }
        Duration left = limit.minus(spentReading).minus(kept);
        return left.compareTo(LEAST_TO_SOLVE) < 0 ? LEAST_TO_SOLVE : left;
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
}
