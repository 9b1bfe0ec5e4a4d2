package org.imagingnetwork.optimizer.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.allocation.Requests.request;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CDC;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CDC_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY_CT;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CT_CHEST;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MONDAY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MR_BRAIN;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.WEEK;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.WORCESTER;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.WORCESTER_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.bookedSlot;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.slot;

import java.time.LocalDate;
import java.util.List;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;
import org.imagingnetwork.optimizer.allocation.OpenSlot;
import org.junit.jupiter.api.Test;

class BreachReasonsTest {

    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);

    /** Referred six weeks before the given day, so that day is their breach date. */
    private static LocalDate breachingOn(LocalDate day) {
        return day.minusWeeks(6);
    }

    @Test
    void givesEachBreachOfAWaitingPatientTheFirstReasonThatLeavesNoSlot() {
        OpenSlot cityMonday = slot(100, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        OpenSlot worcesterTuesday = slot(200, WORCESTER_MR, TUESDAY, 9, 0, 30, MR_BRAIN);
        OpenSlot cdcWednesday = slot(300, CDC_MR, WEDNESDAY, 9, 0, 30, MR_BRAIN);
        OpenSlot ctFriday = slot(400, CITY_CT, MONDAY.plusDays(4), 9, 0, 30, CT_CHEST);
        OpenSlot cityThursdayBooked = bookedSlot(500, CITY_MR, MONDAY.plusDays(3), 9, 0, 30, MR_BRAIN);
        AllocationPlan plan = new AllocationPlan(
                WEEK,
                List.of(cityMonday, worcesterTuesday, cdcWednesday, ctFriday, cityThursdayBooked),
                List.of(
                        request(1).referredOn(MONDAY.minusWeeks(7)).unplaced(),
                        request(2)
                                .exam(CT_CHEST, Modality.CT, 20)
                                .referredOn(breachingOn(WEDNESDAY))
                                .unplaced(),
                        request(3).referredOn(breachingOn(TUESDAY)).onlyAt(CDC).unplaced(),
                        request(4)
                                .referredOn(breachingOn(TUESDAY))
                                .onlyAt(WORCESTER)
                                .travelsAtMost(10)
                                .unplaced(),
                        request(5).referredOn(breachingOn(MONDAY)).onlyAt(CITY).unplaced(),
                        // Not breaching: seen on Monday, four weeks after referral.
                        request(6).placedIn(cityMonday),
                        request(7).referredOn(breachingOn(WEDNESDAY)).unplaced(),
                        // Booked before the plan, after their breach date: not the plan's to decide.
                        request(8).referredOn(breachingOn(TUESDAY)).bookedIn(cityThursdayBooked)));

        List<Breach> breaches = BreachReasons.of(plan);

        assertThat(breaches)
                .extracting(Breach::request, Breach::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new RequestId(1), BreachReason.ALREADY_PAST),
                        org.assertj.core.groups.Tuple.tuple(new RequestId(2), BreachReason.NO_CAPACITY_IN_TIME),
                        org.assertj.core.groups.Tuple.tuple(new RequestId(3), BreachReason.OUTSIDE_SITE_CHOICE),
                        org.assertj.core.groups.Tuple.tuple(new RequestId(4), BreachReason.BEYOND_TRAVEL_LIMIT),
                        org.assertj.core.groups.Tuple.tuple(new RequestId(5), BreachReason.TAKEN_BY_OTHERS),
                        org.assertj.core.groups.Tuple.tuple(new RequestId(7), BreachReason.FREE_SLOT_LEFT));
        assertThat(breaches.get(2).inWords())
                .isEqualTo("Patient 943 476 0003 (MRI brain) breaches six weeks: all 2 slots by Tue 8 Dec are at sites"
                        + " they did not choose (Birmingham City Hospital, Worcester Royal Hospital)");
        assertThat(breaches.get(3).inWords())
                .containsPattern(
                        "the one slot by Tue 8 Dec is beyond their limit of 10 km \\(the nearest 3\\d km away\\)");
        assertThat(breaches.get(1).inWords()).contains("no session in the network can do it");
        assertThat(breaches).filteredOn(breach -> breach.reason().unavoidable()).hasSize(5);
    }

    @Test
    void findsNothingWhenEveryWaitingPatientIsSeenInTime() {
        OpenSlot cityMonday = slot(100, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        AllocationPlan plan =
                new AllocationPlan(WEEK, List.of(cityMonday), List.of(request(1).placedIn(cityMonday)));

        assertThat(BreachReasons.of(plan)).isEmpty();
    }
}
