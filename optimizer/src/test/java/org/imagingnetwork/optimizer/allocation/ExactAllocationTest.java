package org.imagingnetwork.optimizer.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exact search against every assignment there is, on lists small enough to try them all. */
class ExactAllocationTest {

    private static final SolutionManager<AllocationPlan, BendableLongScore> SCORES = SolutionManager.create(
            SolverFactory.create(AllocationSolving.within(Duration.ofSeconds(1)).solverConfig()));

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void findsTheBestOfEveryPossibleAssignment(long seed) {
        AllocationPlan problem = SmallProblems.generate(seed, 2, 5);
        BendableLongScore exact = SCORES.update(ExactAllocation.solve(problem));

        BendableLongScore best = bestByTryingEverything(SmallProblems.generate(seed, 2, 5));

        assertThat(exact).isEqualTo(best);
    }

    private static BendableLongScore bestByTryingEverything(AllocationPlan plan) {
        List<Placement> waiting =
                plan.placements().stream().filter(p -> !p.booked()).toList();
        List<OpenSlot> free = plan.slots().stream().filter(s -> !s.booked()).toList();
        return tryFrom(plan, waiting, free, 0, null);
    }

    private static BendableLongScore tryFrom(
            AllocationPlan plan, List<Placement> waiting, List<OpenSlot> free, int next, BendableLongScore best) {
        if (next == waiting.size()) {
            BendableLongScore score = SCORES.update(plan);
            return score.isFeasible() && (best == null || score.compareTo(best) > 0) ? score : best;
        }
        Placement placement = waiting.get(next);
        placement.setSlot(null);
        best = tryFrom(plan, waiting, free, next + 1, best);
        for (OpenSlot slot : free) {
            boolean taken = waiting.subList(0, next).stream().anyMatch(p -> p.slot() == slot);
            if (!taken && placement.request().fits(slot)) {
                placement.setSlot(slot);
                best = tryFrom(plan, waiting, free, next + 1, best);
            }
        }
        placement.setSlot(null);
        return best;
    }
}
