package org.imagingnetwork.optimizer.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AllocationSolverTest {

    @Test
    void solvesASmallListFeasiblyWithoutScoreCorruptionInFullAssert() {
        AllocationPlan problem = SmallProblems.generate(7, 12, 50);
        AllocationSolving solving =
                new AllocationSolving(Duration.ofSeconds(8), Duration.ofSeconds(8), EnvironmentMode.FULL_ASSERT);
        Solver<AllocationPlan> solver =
                SolverFactory.<AllocationPlan>create(solving.solverConfig()).buildSolver();

        AllocationPlan solved = solver.solve(problem);

        assertThat(solved.score().isFeasible()).as("score %s", solved.score()).isTrue();
        Set<OpenSlot> used = new HashSet<>();
        for (Placement placement : solved.placements()) {
            if (placement.placed()) {
                assertThat(placement.request().fits(placement.slot()))
                        .as("%s fits", placement)
                        .isTrue();
                assertThat(used.add(placement.slot()))
                        .as("%s is the only one in its slot", placement)
                        .isTrue();
            }
        }
        Placement booked = solved.placements().stream()
                .filter(Placement::booked)
                .findFirst()
                .orElseThrow();
        assertThat(booked.slot().id().value())
                .as("the booked appointment stays where the patient was told")
                .isEqualTo(999);
        long freeSlots = solved.slots().stream().filter(slot -> !slot.booked()).count();
        assertThat(solved.placements().stream()
                        .filter(p -> p.placed() && !p.booked())
                        .count())
                .as("more requests than slots, most of them able to go anywhere: no slot is wasted")
                .isEqualTo(freeSlots);

        List<Proposal> proposals = Proposal.from(solved);
        assertThat(proposals).hasSize((int) freeSlots);
        assertThat(proposals).noneMatch(proposal -> proposal.slot().value() == 999);
        assertThat(proposals).isSortedAccordingTo(java.util.Comparator.comparing(Proposal::startsAt));
    }
}
