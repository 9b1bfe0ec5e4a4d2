package org.imagingnetwork.optimizer.disruption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.allocation.Requests.request;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MONDAY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.WEEK;
import static org.imagingnetwork.optimizer.disruption.ClosureScenario.CITY_MR_MONDAY_TO_WEDNESDAY;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;
import org.imagingnetwork.optimizer.allocation.AllocationSolving;
import org.imagingnetwork.optimizer.allocation.OpenSlot;
import org.imagingnetwork.optimizer.allocation.Placement;
import org.junit.jupiter.api.Test;

class CloseRoomTest {

    @Test
    void closingARoomDuringARunningAllocationRebooksItsPatientsFirstAndPinsEveryOtherBooking() throws Exception {
        AllocationPlan booked = ClosureScenario.bookedWeek();
        List<Placement> placements = new ArrayList<>(booked.placements());
        for (int i = 0; i < 20; i++) {
            placements.add(request(5000 + i).referredOn(MONDAY.minusWeeks(8)).unplaced());
        }
        AllocationPlan problem = new AllocationPlan(WEEK, booked.slots(), placements);
        Map<Long, OpenSlot> before = new HashMap<>();
        booked.placements().forEach(p -> before.put(p.request().id().value(), p.slot()));

        SolverFactory<AllocationPlan> factory = SolverFactory.create(
                new AllocationSolving(Duration.ofSeconds(4), Duration.ofSeconds(4), EnvironmentMode.PHASE_ASSERT)
                        .solverConfig());
        CountDownLatch started = new CountDownLatch(1);
        AllocationPlan solved;
        try (SolverManager<AllocationPlan, String> manager = SolverManager.create(factory)) {
            var job = manager.solveBuilder()
                    .withProblemId("closure")
                    .withProblem(problem)
                    .withFirstInitializedSolutionEventConsumer(event -> started.countDown())
                    .run();
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            manager.addProblemChange("closure", new CloseRoom(CITY_MR_MONDAY_TO_WEDNESDAY))
                    .get(10, TimeUnit.SECONDS);
            solved = job.getFinalBestSolution();
        }

        assertThat(solved.slots()).noneMatch(CITY_MR_MONDAY_TO_WEDNESDAY::closes);
        assertThat(solved.placements()).noneMatch(p -> p.placed() && CITY_MR_MONDAY_TO_WEDNESDAY.closes(p.slot()));
        List<Placement> displaced =
                solved.placements().stream().filter(Placement::displaced).toList();
        assertThat(displaced).hasSize(18);
        assertThat(displaced.stream().filter(Placement::placed))
                .as("the fifteen who can go elsewhere are rebooked before the waiting list is offered anything")
                .hasSize(15)
                .allMatch(p -> p.request().fits(p.slot()));
        for (Placement placement : solved.placements()) {
            OpenSlot was = before.get(placement.request().id().value());
            if (was != null && !placement.displaced()) {
                assertThat(placement.booked()).isTrue();
                assertThat(placement.slot())
                        .as("booking %s stays", placement.request().id())
                        .isEqualTo(was);
            }
        }
        assertThat(solved.score().isFeasible()).as("%s", solved.score()).isTrue();
    }
}
