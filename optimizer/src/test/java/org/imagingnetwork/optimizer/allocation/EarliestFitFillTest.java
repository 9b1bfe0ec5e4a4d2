package org.imagingnetwork.optimizer.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.allocation.Requests.request;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CDC;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CDC_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MONDAY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MR_BRAIN;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.WEEK;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.bookedSlot;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.slot;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The construction phase alone, without local search to mend what it leaves. */
class EarliestFitFillTest {

    /** Six weeks before the horizon's Monday: six weeks run out on Monday. */
    private static final LocalDate BREACH_ON_MONDAY = MONDAY.minusWeeks(6);

    @Test
    void seatsAPatientWhoseSixWeeksRunOutByMovingAnotherWhoCanGoElsewhere() {
        OpenSlot city = slot(101, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        OpenSlot cdc = slot(201, CDC_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        // Taken first, and nearest the city hospital, so the greedy pass gives it the city slot.
        Placement anywhere = request(1).referredOn(BREACH_ON_MONDAY).unplaced();
        Placement onlyCity =
                request(2).referredOn(BREACH_ON_MONDAY).onlyAt(CITY).unplaced();

        Map<Long, OpenSlot> given = fill(List.of(city, cdc), List.of(anywhere, onlyCity));

        assertThat(given).containsEntry(1L, cdc).containsEntry(2L, city);
    }

    @Test
    void givesALatePatientsSlotToOneWhoCanStillBeSeenInTime() {
        OpenSlot tuesday = slot(101, CITY_MR, MONDAY.plusDays(1), 9, 0, 30, MR_BRAIN);
        Placement dueMonday = request(1).referredOn(BREACH_ON_MONDAY).unplaced();
        Placement dueTuesday =
                request(2).referredOn(BREACH_ON_MONDAY.plusDays(1)).unplaced();

        Map<Long, OpenSlot> given = fill(List.of(tuesday), List.of(dueMonday, dueTuesday));

        assertThat(given)
                .as("Monday's patient breaches whatever happens; Tuesday's need not")
                .containsEntry(2L, tuesday)
                .doesNotContainKey(1L);
    }

    @Test
    void neverTakesASlotFromAnUrgentPatientToSaveABreach() {
        OpenSlot monday = slot(101, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        Placement urgent = request(1).referredOn(MONDAY.minusDays(7)).urgent(7).unplaced();
        Placement breaching = request(2).referredOn(BREACH_ON_MONDAY).unplaced();

        Map<Long, OpenSlot> given = fill(List.of(monday), List.of(urgent, breaching));

        assertThat(given).containsEntry(1L, monday).doesNotContainKey(2L);
    }

    @Test
    void amongSitesWithASlotThatDayTakesTheOneThatEvensOutMeanWaitsBeforeTheNearest() {
        OpenSlot cityBooked = bookedSlot(100, CITY_MR, MONDAY, 8, 30, 30, MR_BRAIN);
        OpenSlot cdcBooked = bookedSlot(200, CDC_MR, MONDAY, 8, 30, 30, MR_BRAIN);
        OpenSlot city = slot(101, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        OpenSlot cdc = slot(201, CDC_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        Placement waitedLongAtCity =
                Placement.booked(request(1).referredOn(MONDAY.minusDays(100)).build(), WEEK, cityBooked);
        Placement waitedLittleAtCdc =
                Placement.booked(request(2).referredOn(MONDAY.minusDays(10)).build(), WEEK, cdcBooked);
        // Lives in Edgbaston, nearer the city hospital; waited 60 days.
        Placement waiting = request(3).referredOn(MONDAY.minusDays(60)).unplaced();

        Map<Long, OpenSlot> given =
                fill(List.of(cityBooked, cdcBooked, city, cdc), List.of(waitedLongAtCity, waitedLittleAtCdc, waiting));

        assertThat(given)
                .as("at the CDC the means are 100 and 35 days; at the city hospital 80 and 10")
                .containsEntry(3L, cdc);
        assertThat(CDC.site()).isEqualTo(cdc.venue().site());
    }

    private static Map<Long, OpenSlot> fill(List<OpenSlot> slots, List<Placement> placements) {
        AllocationPlan solved = SolverFactory.<AllocationPlan>create(new SolverConfig()
                        .withSolutionClass(AllocationPlan.class)
                        .withEntityClasses(Placement.class)
                        .withConstraintProviderClass(AllocationConstraints.class)
                        .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                        .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new EarliestFitFill())))
                .buildSolver()
                .solve(new AllocationPlan(WEEK, slots, placements));
        return solved.placements().stream()
                .filter(Placement::placed)
                .collect(Collectors.toMap(p -> p.request().id().value(), Placement::slot));
    }
}
