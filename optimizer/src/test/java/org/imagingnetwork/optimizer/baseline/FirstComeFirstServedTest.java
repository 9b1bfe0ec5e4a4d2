package org.imagingnetwork.optimizer.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.allocation.Requests.request;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CDC_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MONDAY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MR_BRAIN;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MR_HEART;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.WEEK;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.WORCESTER_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.at;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.bookedSlot;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.slot;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;
import org.imagingnetwork.optimizer.allocation.OpenSlot;
import org.imagingnetwork.optimizer.allocation.Placement;
import org.junit.jupiter.api.Test;

class FirstComeFirstServedTest {

    private static final OdsCode BIRMINGHAM_TRUST = new OdsCode("RRK");
    private static final OdsCode WORCESTER_TRUST = new OdsCode("RWP");

    private final FirstComeFirstServed baseline = new FirstComeFirstServed();

    @Test
    void neverBooksATrustsRequestIntoAnotherTrustsRoomEvenWhenItStandsEmpty() {
        OpenSlot worcester = slot(301, WORCESTER_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        OpenSlot city = slot(101, CITY_MR, MONDAY.plusDays(1), 9, 0, 30, MR_BRAIN);
        Placement fromBirmingham = request(1)
                .referredBy(BIRMINGHAM_TRUST)
                .referredOn(MONDAY.minusDays(60))
                .unplaced();
        Placement secondFromBirmingham = request(2)
                .referredBy(BIRMINGHAM_TRUST)
                .referredOn(MONDAY.minusDays(50))
                .unplaced();
        Placement fromWorcester = request(3)
                .referredBy(WORCESTER_TRUST)
                .referredOn(MONDAY.minusDays(10))
                .unplaced();

        Map<Long, OpenSlot> given = slotsOf(baseline.allocate(new AllocationPlan(
                WEEK, List.of(worcester, city), List.of(fromBirmingham, secondFromBirmingham, fromWorcester))));

        assertThat(given)
                .as("Birmingham's oldest gets its own trust's Tuesday, not Worcester's earlier Monday")
                .containsEntry(1L, city)
                .containsEntry(3L, worcester);
        assertThat(given.get(2L))
                .as("Birmingham has no second slot, and Worcester's is not its to use")
                .isNull();
    }

    @Test
    void takesTheOldestReferralFirstWhateverItsPriority() {
        OpenSlot monday = slot(101, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        OpenSlot tuesday = slot(102, CITY_MR, MONDAY.plusDays(1), 9, 0, 30, MR_BRAIN);
        Placement urgentNewest =
                request(1).referredOn(MONDAY.minusDays(3)).urgent(7).unplaced();
        Placement routineOldest = request(2).referredOn(MONDAY.minusDays(70)).unplaced();
        Placement routineMiddle = request(3).referredOn(MONDAY.minusDays(20)).unplaced();

        Map<Long, OpenSlot> given = slotsOf(baseline.allocate(new AllocationPlan(
                WEEK, List.of(tuesday, monday), List.of(urgentNewest, routineOldest, routineMiddle))));

        assertThat(given).containsEntry(2L, monday).containsEntry(3L, tuesday);
        assertThat(given.get(1L)).as("referred last, so left for the next list").isNull();
    }

    @Test
    void givesEachRequestTheEarliestFreeSlotThatFitsEveryHardRule() {
        OpenSlot cdcMonday = slot(201, CDC_MR, MONDAY, 9, 0, 30, MR_BRAIN, MR_HEART);
        OpenSlot cdcMondayLater = slot(202, CDC_MR, MONDAY, 9, 30, 30, MR_BRAIN, MR_HEART);
        OpenSlot cityTuesdayShort = slot(101, CITY_MR, MONDAY.plusDays(1), 9, 0, 20, MR_BRAIN, MR_HEART);
        OpenSlot cityTuesday = slot(102, CITY_MR, MONDAY.plusDays(1), 10, 0, 45, MR_BRAIN, MR_HEART);
        OpenSlot cityWednesday = slot(103, CITY_MR, MONDAY.plusDays(2), 9, 0, 45, MR_BRAIN, MR_HEART);
        OpenSlot cityThursday = slot(104, CITY_MR, MONDAY.plusDays(3), 9, 0, 45, MR_BRAIN, MR_HEART);
        Placement cardiac = request(1)
                .referredOn(MONDAY.minusDays(90))
                .exam(MR_HEART, Modality.MR, 45, Capability.TESLA_3)
                .unplaced();
        Placement child = request(2).referredOn(MONDAY.minusDays(80)).age(8).unplaced();
        Placement notBeforeThursday = request(3)
                .referredOn(MONDAY.minusDays(70))
                .availableFrom(at(MONDAY.plusDays(3), 0, 0))
                .unplaced();
        Placement adult = request(4).referredOn(MONDAY.minusDays(60)).unplaced();
        Placement secondAdult = request(5).referredOn(MONDAY.minusDays(50)).unplaced();

        AllocationPlan plan = baseline.allocate(new AllocationPlan(
                WEEK,
                List.of(cdcMonday, cdcMondayLater, cityTuesdayShort, cityTuesday, cityWednesday, cityThursday),
                List.of(cardiac, child, notBeforeThursday, adult, secondAdult)));
        Map<Long, OpenSlot> given = slotsOf(plan);

        assertThat(given)
                .as(
                        "3T for the cardiac exam, 45 minutes long; the city hospital for the child (the CDC sees adults only)")
                .containsEntry(1L, cityTuesday)
                .containsEntry(2L, cityWednesday)
                .containsEntry(3L, cityThursday)
                .containsEntry(4L, cdcMonday)
                .containsEntry(5L, cdcMondayLater);
        Set<OpenSlot> used = new HashSet<>();
        for (Placement placement : plan.placements()) {
            assertThat(placement.request().fits(placement.slot()))
                    .as("%s fits", placement)
                    .isTrue();
            assertThat(used.add(placement.slot()))
                    .as("%s alone in its slot", placement)
                    .isTrue();
        }
    }

    @Test
    void keepsBookedAppointmentsWhereTheyAreAndLeavesTheProblemUntouched() {
        OpenSlot booked = bookedSlot(101, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        OpenSlot free = slot(102, CITY_MR, MONDAY, 9, 30, 30, MR_BRAIN);
        Placement bookedPatient =
                Placement.booked(request(1).referredOn(MONDAY.minusDays(10)).build(), WEEK, booked);
        Placement older = request(2).referredOn(MONDAY.minusDays(60)).unplaced();
        Placement newer = request(3).referredOn(MONDAY.minusDays(30)).unplaced();
        AllocationPlan problem = new AllocationPlan(WEEK, List.of(booked, free), List.of(bookedPatient, older, newer));

        AllocationPlan plan = baseline.allocate(problem);

        assertThat(slotsOf(plan)).containsEntry(1L, booked).containsEntry(2L, free);
        assertThat(slotsOf(plan).get(3L)).isNull();
        assertThat(plan.placements()).filteredOn(Placement::booked).hasSize(1);
        assertThat(older.slot())
                .as("the problem's own placements are not changed")
                .isNull();
        assertThat(plan.slots()).containsExactly(booked, free);
    }

    private static Map<Long, OpenSlot> slotsOf(AllocationPlan plan) {
        return plan.placements().stream()
                .filter(Placement::placed)
                .collect(Collectors.toMap(p -> p.request().id().value(), Placement::slot));
    }
}
