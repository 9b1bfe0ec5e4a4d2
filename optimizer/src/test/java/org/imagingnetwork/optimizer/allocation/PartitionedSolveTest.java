package org.imagingnetwork.optimizer.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.allocation.Requests.request;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CDC_BARIATRIC_CT;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CDC_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY_CT;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CT_CHEST;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MONDAY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MR_BRAIN;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.imagingnetwork.core.network.Modality;
import org.junit.jupiter.api.Test;

class PartitionedSolveTest {

    @Test
    void solvesTheGroupsSideBySideSoEachHasItsFirstPlanAtOnceAndMergesThem() throws Exception {
        AllocationPlan mri = SmallProblems.generate(3, 12, 50);
        List<OpenSlot> slots = new ArrayList<>(mri.slots());
        List<Placement> placements = new ArrayList<>(mri.placements());
        for (int i = 0; i < 10; i++) {
            slots.add(TestNetwork.slot(500 + i, CITY_CT, MONDAY.plusDays(i % 5), 9 + i / 5, 0, 20, CT_CHEST));
        }
        for (int i = 0; i < 15; i++) {
            placements.add(request(800 + i)
                    .exam(CT_CHEST, Modality.CT, 20)
                    .referredOn(MONDAY.minusDays(10 + i))
                    .unplaced());
        }
        AllocationPlan whole = new AllocationPlan(TestNetwork.WEEK, slots, placements);
        List<Partitioner.Group> groups = new Partitioner(false).groups(whole, trust -> "QHL");
        assertThat(groups).extracting(Partitioner.Group::key).containsExactly("CT", "MR");

        Map<String, BendableLongScore> firstPlans = new ConcurrentHashMap<>();
        PartitionedSolve.Result result;
        long started = System.nanoTime();
        try (SolverManager<AllocationPlan, String> manager = SolverManager.create(
                SolverFactory.create(
                        AllocationSolving.within(Duration.ofSeconds(1)).solverConfig()),
                new SolverManagerConfig().withParallelSolverCount("4"))) {
            // A limit far longer than the test: it stops once both groups have their first plan,
            // which happens within seconds only if the groups are solved at the same time.
            result = new PartitionedSolve(manager)
                    .solve("test", whole.horizon(), groups, Duration.ofMinutes(5), new PartitionedSolve.Listener() {
                        @Override
                        public boolean shouldStop() {
                            return firstPlans.size() == 2;
                        }

                        @Override
                        public void firstPlan(String group, LocalDate week, BendableLongScore score) {
                            firstPlans.put(group, score);
                        }

                        @Override
                        public void improved(String group, BendableLongScore score) {}
                    });
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("both groups solving at once").isLessThan(Duration.ofSeconds(30));
        assertThat(result.stopped()).isTrue();
        assertThat(firstPlans).containsOnlyKeys("CT", "MR");
        assertThat(firstPlans.values()).allMatch(BendableLongScore::isFeasible);
        AllocationPlan merged = result.plan();
        assertThat(merged.placements())
                .extracting(p -> p.request().id().value())
                .doesNotHaveDuplicates()
                .hasSize(placements.size());
        assertThat(merged.slots()).hasSize(slots.size());
        Set<OpenSlot> used = new HashSet<>();
        for (Placement placement : merged.placements()) {
            if (placement.placed()) {
                assertThat(placement.request().fits(placement.slot()) || placement.booked())
                        .isTrue();
                assertThat(used.add(placement.slot())).isTrue();
            }
        }
        assertThat(merged.placements().stream()
                        .filter(p -> p.request().exam().code().equals(CT_CHEST) && p.placed())
                        .count())
                .as("ten CT slots for fifteen CT requests")
                .isEqualTo(10);
    }

    @Test
    void secondRoundEvensOutEachSitesMeanOverEveryModalitySeenThere() throws Exception {
        // CT has patients booked already: long waiters at the city site, short ones at the CDC.
        List<OpenSlot> slots = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            OpenSlot cityCt = TestNetwork.bookedSlot(500 + i, CITY_CT, MONDAY, 9 + i, 0, 20, CT_CHEST);
            OpenSlot cdcCt = TestNetwork.bookedSlot(600 + i, CDC_BARIATRIC_CT, MONDAY, 9 + i, 0, 20, CT_CHEST);
            slots.add(cityCt);
            slots.add(cdcCt);
            placements.add(request(500 + i)
                    .exam(CT_CHEST, Modality.CT, 20)
                    .referredOn(MONDAY.minusDays(60))
                    .bookedIn(cityCt));
            placements.add(request(600 + i)
                    .exam(CT_CHEST, Modality.CT, 20)
                    .referredOn(MONDAY.minusDays(5))
                    .bookedIn(cdcCt));
        }
        // MRI: two slots at each site at the same times, two patients who waited 10 days and two 50.
        slots.add(TestNetwork.slot(101, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN));
        slots.add(TestNetwork.slot(102, CITY_MR, MONDAY, 9, 30, 30, MR_BRAIN));
        slots.add(TestNetwork.slot(201, CDC_MR, MONDAY, 9, 0, 30, MR_BRAIN));
        slots.add(TestNetwork.slot(202, CDC_MR, MONDAY, 9, 30, 30, MR_BRAIN));
        placements.add(request(1).referredOn(MONDAY.minusDays(10)).unplaced());
        placements.add(request(2).referredOn(MONDAY.minusDays(10)).unplaced());
        placements.add(request(3).referredOn(MONDAY.minusDays(50)).unplaced());
        placements.add(request(4).referredOn(MONDAY.minusDays(50)).unplaced());
        AllocationPlan whole = new AllocationPlan(TestNetwork.WEEK, slots, placements);
        List<Partitioner.Group> groups = new Partitioner(false).groups(whole, trust -> "QHL");

        AllocationPlan merged;
        try (SolverManager<AllocationPlan, String> manager = SolverManager.create(
                SolverFactory.create(
                        AllocationSolving.within(Duration.ofSeconds(1)).solverConfig()),
                new SolverManagerConfig().withParallelSolverCount("4"))) {
            merged = new PartitionedSolve(manager)
                    .solve("test", whole.horizon(), groups, Duration.ofSeconds(3), new PartitionedSolve.Listener() {
                        @Override
                        public boolean shouldStop() {
                            return false;
                        }

                        @Override
                        public void firstPlan(String group, LocalDate week, BendableLongScore score) {}

                        @Override
                        public void improved(String group, BendableLongScore score) {}
                    })
                    .plan();
        }

        // MRI alone is most even with a short and a long waiter at each site (both means 30 days);
        // over every patient seen, the short MRI waiters belong where CT's long waiters are.
        assertThat(merged.placements())
                .filteredOn(p -> p.request().exam().modality() == Modality.MR)
                .allMatch(Placement::placed)
                .allMatch(p -> p.slot().venue().equals(p.waitDays() == 10 ? TestNetwork.CITY : TestNetwork.CDC));
        assertThat(PlanFigures.of(merged).feasible()).isTrue();
    }
}
