package org.imagingnetwork.optimizer.disruption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.allocation.Requests.request;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CDC_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MONDAY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MR_BRAIN;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MR_HEART;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.WORCESTER_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.at;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.slot;

import java.util.List;
import java.util.Set;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.optimizer.allocation.OpenSlot;
import org.junit.jupiter.api.Test;

class NoSlotReasonTest {

    private static final OpenSlot CDC_MONDAY = slot(201, CDC_MR, MONDAY, 9, 0, 30, MR_BRAIN, MR_HEART);
    private static final OpenSlot WORCESTER_MONDAY = slot(301, WORCESTER_MR, MONDAY, 9, 0, 30, MR_BRAIN, MR_HEART);
    private static final List<OpenSlot> OPEN = List.of(CDC_MONDAY, WORCESTER_MONDAY);

    @Test
    void namesTheFirstRuleThatLeavesNothing() {
        assertThat(NoSlotReason.of(
                        request(1)
                                .exam(MR_HEART, Modality.MR, 30, Capability.CARDIAC)
                                .build(),
                        OPEN,
                        Set.of()))
                .startsWith("No other session in the horizon can do MHEAR");
        assertThat(NoSlotReason.of(request(2).onlyAt(CITY).build(), OPEN, Set.of()))
                .isEqualTo("Every session that can do it is at a site the patient did not choose");
        assertThat(NoSlotReason.of(request(3).travelsAtMost(5).build(), OPEN, Set.of()))
                .isEqualTo(
                        "Every session that can do it is further than the patient's limit of 5 km or at a site they did not choose");
        assertThat(NoSlotReason.of(
                        request(4).availableFrom(at(MONDAY.plusDays(1), 0, 0)).build(), OPEN, Set.of()))
                .isEqualTo("The 2 slots that fit are all before the patient can come");
        assertThat(NoSlotReason.of(request(5).build(), OPEN, Set.of(CDC_MONDAY, WORCESTER_MONDAY)))
                .isEqualTo("All 2 slots that fit are booked or went to patients moved before this one");
        assertThat(NoSlotReason.of(request(6).build(), OPEN, Set.of(CDC_MONDAY)))
                .isEqualTo(
                        "1 slot that fits is still free but the re-plan ended before it placed this patient; run it again");
    }
}
