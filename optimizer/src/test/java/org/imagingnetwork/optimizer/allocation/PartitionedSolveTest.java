package org.imagingnetwork.optimizer.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.allocation.Requests.request;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY_CT;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CT_CHEST;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MONDAY;

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
    void levelsTheMergedPlanSoThatSitesAreEvenOverEveryModality() throws Exception {
        // Each site has one CT patient booked already, the city's waiting 60 days and the CDC's 10,
        // and one MRI slot on Monday for two MRI patients. The MRI group's solver sees only MRI
        // patients, for whom either way round is as even, and sends each to the nearer site; over
        // both modalities the city's mean is then 55 days against the CDC's 15.
        OpenSlot cityMr = TestNetwork.slot(1, TestNetwork.CITY_MR, MONDAY, 9, 0, 30, TestNetwork.MR_BRAIN);
        OpenSlot cdcMr = TestNetwork.slot(2, TestNetwork.CDC_MR, MONDAY, 9, 0, 30, TestNetwork.MR_BRAIN);
        OpenSlot cityCt = TestNetwork.bookedSlot(3, CITY_CT, MONDAY, 9, 0, 20, CT_CHEST);
        OpenSlot cdcCt = TestNetwork.bookedSlot(4, TestNetwork.CDC_BARIATRIC_CT, MONDAY, 9, 0, 20, CT_CHEST);
        List<Placement> placements = List.of(
                request(1)
                        .exam(CT_CHEST, Modality.CT, 20)
                        .referredOn(MONDAY.minusDays(60))
                        .bookedIn(cityCt),
                request(2)
                        .exam(CT_CHEST, Modality.CT, 20)
                        .referredOn(MONDAY.minusDays(10))
                        .bookedIn(cdcCt),
                request(11).referredOn(MONDAY.minusDays(50)).unplaced(),
                request(12)
                        .referredOn(MONDAY.minusDays(20))
                        .livingAt(TestNetwork.CDC.location())
                        .unplaced());
        AllocationPlan whole = new AllocationPlan(TestNetwork.WEEK, List.of(cityMr, cdcMr, cityCt, cdcCt), placements);
        List<Partitioner.Group> groups = new Partitioner(false).groups(whole, trust -> "QHL");

        PartitionedSolve.Result result;
        try (SolverManager<AllocationPlan, String> manager = SolverManager.create(
                SolverFactory.create(
                        AllocationSolving.within(Duration.ofSeconds(1)).solverConfig()),
                new SolverManagerConfig().withParallelSolverCount("4"))) {
            result = new PartitionedSolve(manager)
                    .solve("test", whole.horizon(), groups, Duration.ofSeconds(3), new PartitionedSolve.Listener() {
                        @Override
                        public boolean shouldStop() {
                            return false;
                        }

                        @Override
                        public void firstPlan(String group, LocalDate week, BendableLongScore score) {}

                        @Override
                        public void improved(String group, BendableLongScore score) {}
                    });
        }

        Map<Long, OpenSlot> slotOf = new java.util.HashMap<>();
        result.plan().placements().forEach(p -> slotOf.put(p.request().id().value(), p.slot()));
        assertThat(slotOf.get(11L)).as("the longer waiter goes to the CDC").isEqualTo(cdcMr);
        assertThat(slotOf.get(12L)).isEqualTo(cityMr);
        assertThat(result.levellingMoves()).isEqualTo(1);
        assertThat(PlanFigures.of(result.plan()).waitSpreadMaxMinDays()).isEqualTo(10);
    }

    @Test
    void aRunOfManyWeeksEndsWithinItsLimitAndSaysWhenItLevels() throws Exception {
        // Six weeks of MRI and CT slots and patients: a week per part used to get a second at least,
        // so six weeks ran past a three-second limit.
        int weeks = 6;
        List<OpenSlot> slots = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        for (int day = 0; day < weeks * 7; day++) {
            if (MONDAY.plusDays(day).getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (int hour = 9; hour < 12; hour++) {
                slots.add(TestNetwork.slot(
                        1000 + day * 10L + hour,
                        TestNetwork.CITY_MR,
                        MONDAY.plusDays(day),
                        hour,
                        0,
                        30,
                        TestNetwork.MR_BRAIN));
                slots.add(TestNetwork.slot(
                        5000 + day * 10L + hour, CITY_CT, MONDAY.plusDays(day), hour, 0, 20, CT_CHEST));
            }
        }
        for (int i = 0; i < weeks * 20; i++) {
            placements.add(
                    request(2000 + i).referredOn(MONDAY.minusDays(5 + i % 50)).unplaced());
            placements.add(request(7000 + i)
                    .exam(CT_CHEST, Modality.CT, 20)
                    .referredOn(MONDAY.minusDays(5 + i % 40))
                    .unplaced());
        }
        Horizon horizon = new Horizon(MONDAY, MONDAY.plusDays(weeks * 7L - 1));
        AllocationPlan whole = new AllocationPlan(horizon, slots, placements);
        List<Partitioner.Group> groups = new Partitioner(false).groups(whole, trust -> "QHL");
        List<String> heard = java.util.Collections.synchronizedList(new ArrayList<>());
        Duration limit = Duration.ofSeconds(3);

        long started;
        long ended;
        try (SolverManager<AllocationPlan, String> manager = SolverManager.create(
                SolverFactory.create(
                        AllocationSolving.within(Duration.ofSeconds(1)).solverConfig()),
                new SolverManagerConfig().withParallelSolverCount("4"))) {
            started = System.nanoTime();
            new PartitionedSolve(manager).solve("limit", horizon, groups, limit, new PartitionedSolve.Listener() {
                @Override
                public boolean shouldStop() {
                    return false;
                }

                @Override
                public void firstPlan(String group, LocalDate week, BendableLongScore score) {
                    heard.add("first plan");
                }

                @Override
                public void improved(String group, BendableLongScore score) {}

                @Override
                public void levelling() {
                    heard.add("levelling at "
                            + Duration.ofNanos(System.nanoTime() - started).toMillis());
                }
            });
            ended = System.nanoTime();
        }

        assertThat(Duration.ofNanos(ended - started))
                .as("levelling included, the solve ends within a second of its limit")
                .isLessThanOrEqualTo(limit.plusSeconds(1));
        assertThat(heard)
                .as("each week of each group has its plan, then the merged plan is levelled")
                .filteredOn(h -> h.equals("first plan"))
                .hasSize(2 * weeks);
        assertThat(heard.get(heard.size() - 1)).startsWith("levelling at ");
    }
}
