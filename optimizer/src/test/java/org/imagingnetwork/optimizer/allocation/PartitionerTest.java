package org.imagingnetwork.optimizer.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.allocation.Requests.request;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY_CT;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CT_CHEST;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MONDAY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MR_BRAIN;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.WORCESTER_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.slot;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.imagingnetwork.core.network.Modality;
import org.junit.jupiter.api.Test;

class PartitionerTest {

    private static final Horizon TWO_WEEKS = new Horizon(MONDAY, MONDAY.plusDays(11));

    private final OpenSlot mrWeekOne = slot(101, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN);
    private final OpenSlot mrWeekTwo = slot(102, CITY_MR, MONDAY.plusWeeks(1), 9, 0, 30, MR_BRAIN);
    private final OpenSlot worcesterMr = slot(301, WORCESTER_MR, MONDAY, 9, 0, 30, MR_BRAIN);
    private final OpenSlot ct = slot(201, CITY_CT, MONDAY, 9, 0, 15, CT_CHEST);

    @Test
    void splitsByModalityAndOptionallyByIcsAndWeek() {
        Placement mrWaiting = Placement.waiting(request(1).build(), TWO_WEEKS);
        Placement ctWaiting =
                Placement.waiting(request(2).exam(CT_CHEST, Modality.CT, 15).build(), TWO_WEEKS);
        AllocationPlan plan = new AllocationPlan(
                TWO_WEEKS, List.of(mrWeekOne, mrWeekTwo, worcesterMr, ct), List.of(mrWaiting, ctWaiting));

        List<Partitioner.Group> byModality = new Partitioner(false).groups(plan, trust -> "QHL");
        assertThat(byModality).extracting(Partitioner.Group::key).containsExactly("CT", "MR");
        Partitioner.Group mr = byModality.get(1);
        assertThat(mr.slots()).containsExactlyInAnyOrder(mrWeekOne, mrWeekTwo, worcesterMr);
        assertThat(mr.weeks())
                .containsExactly(
                        new Horizon(MONDAY, MONDAY.plusDays(6)), new Horizon(MONDAY.plusWeeks(1), MONDAY.plusDays(11)));
        AllocationPlan weekOne = mr.week(mr.weeks().get(0), mr.waitingIds());
        assertThat(weekOne.slots()).containsExactlyInAnyOrder(mrWeekOne, worcesterMr);
        assertThat(weekOne.placements())
                .extracting(p -> p.request().id().value())
                .containsExactly(1L);
        assertThat(mr.week(mr.weeks().get(1), Set.of()))
                .extracting(AllocationPlan::placements)
                .asList()
                .isEmpty();

        List<Partitioner.Group> byIcs = new Partitioner(true).groups(plan, trust -> "QHL");
        assertThat(byIcs).extracting(Partitioner.Group::key).containsExactly("CT/QHL", "MR/QGH", "MR/QHL");
    }

    @Test
    void mergesPartsKeepingThePlacedCopyOfEachRequest() {
        ListedRequest patient = request(1).build();
        Placement unplacedInWeekTwo = Placement.waiting(patient, TWO_WEEKS);
        Placement placedInWeekOne = Placement.waiting(patient, TWO_WEEKS);
        placedInWeekOne.setSlot(mrWeekOne);
        AllocationPlan merged = Partitioner.merge(
                TWO_WEEKS,
                List.of(
                        new AllocationPlan(TWO_WEEKS, List.of(mrWeekOne), List.of(placedInWeekOne)),
                        new AllocationPlan(TWO_WEEKS, List.of(mrWeekTwo), List.of(unplacedInWeekTwo))));
        assertThat(merged.placements())
                .singleElement()
                .extracting(Placement::slot)
                .isEqualTo(mrWeekOne);
        assertThat(new HashSet<>(merged.slots())).containsExactlyInAnyOrder(mrWeekOne, mrWeekTwo);
    }
}
