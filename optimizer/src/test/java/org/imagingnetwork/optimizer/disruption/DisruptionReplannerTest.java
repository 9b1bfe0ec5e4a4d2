package org.imagingnetwork.optimizer.disruption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.disruption.ClosureScenario.CITY_MR_MONDAY_TO_WEDNESDAY;
import static org.imagingnetwork.optimizer.disruption.ClosureScenario.FIVE_KM;
import static org.imagingnetwork.optimizer.disruption.ClosureScenario.NEEDS_WIDE_BORE;
import static org.imagingnetwork.optimizer.disruption.ClosureScenario.ONLY_CITY;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;
import org.imagingnetwork.optimizer.allocation.AllocationSolving;
import org.imagingnetwork.optimizer.allocation.OpenSlot;
import org.imagingnetwork.optimizer.allocation.Placement;
import org.junit.jupiter.api.Test;

class DisruptionReplannerTest {

    private final DisruptionReplanner replanner = new DisruptionReplanner(SolverFactory.create(
            new AllocationSolving(Duration.ofSeconds(3), Duration.ofSeconds(1), EnvironmentMode.PHASE_ASSERT)
                    .solverConfig()));

    @Test
    void scannerClosedForThreeDaysRebooksEveryAffectedPatientOrSaysWhyNotAndMovesNobodyElse() {
        AllocationPlan before = ClosureScenario.bookedWeek();
        Map<Long, OpenSlot> bookedBefore = new HashMap<>();
        Set<Long> affected = new HashSet<>();
        for (Placement placement : before.placements()) {
            bookedBefore.put(placement.request().id().value(), placement.slot());
            if (CITY_MR_MONDAY_TO_WEDNESDAY.closes(placement.slot())) {
                affected.add(placement.request().id().value());
            }
        }
        assertThat(affected).as("six slots a morning, three mornings").hasSize(18);

        DisruptionReplan replan = replanner.replan(before, CITY_MR_MONDAY_TO_WEDNESDAY);

        assertThat(replan.patients())
                .extracting(r -> r.request().id().value())
                .containsExactlyInAnyOrderElementsOf(affected);
        Set<OpenSlot> given = new HashSet<>();
        for (Rehousing.Rebooked rebooked : replan.rebooked()) {
            assertThat(rebooked.request().fits(rebooked.slot()))
                    .as("%s fits", rebooked)
                    .isTrue();
            assertThat(CITY_MR_MONDAY_TO_WEDNESDAY.closes(rebooked.slot())).isFalse();
            assertThat(rebooked.slot().booked())
                    .as("not a slot someone else is booked into")
                    .isFalse();
            assertThat(given.add(rebooked.slot())).as("one patient per slot").isTrue();
            assertThat(rebooked.lost())
                    .isEqualTo(bookedBefore.get(rebooked.request().id().value()));
        }
        assertThat(replan.rebooked()).hasSize(15);
        // The city room's Thursday and Friday would suit these three, but patients are booked there.
        for (long onlyTheCityRoomSuits : new long[] {NEEDS_WIDE_BORE, ONLY_CITY, FIVE_KM}) {
            assertThat(reasonFor(replan, onlyTheCityRoomSuits))
                    .isEqualTo("All 12 slots that fit are booked or went to patients moved before this one");
        }

        for (Placement placement : replan.plan().placements()) {
            long id = placement.request().id().value();
            if (!affected.contains(id)) {
                assertThat(placement.slot())
                        .as("booking %d stays where it was", id)
                        .isEqualTo(bookedBefore.get(id));
                assertThat(placement.booked()).isTrue();
            }
        }
    }

    @Test
    void aClosureWithNobodyBookedChangesNothing() {
        AllocationPlan before = ClosureScenario.bookedWeek();
        DisruptionReplan replan = replanner.replan(
                before,
                new RoomClosure(
                        "CDC-MR1", before.horizon().lastDay(), before.horizon().lastDay(), "Service visit"));
        assertThat(replan.patients())
                .as("only the first slot of the CDC's Friday is booked")
                .hasSize(1);
        assertThat(replan.rebooked()).hasSize(1);
    }

    private static String reasonFor(DisruptionReplan replan, long requestId) {
        return replan.withoutSlot().stream()
                .filter(noSlot -> noSlot.request().id().value() == requestId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("request " + requestId + " should have no slot"))
                .reason();
    }
}
