package org.imagingnetwork.optimizer.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.allocation.Requests.request;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CDC_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MONDAY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MR_BRAIN;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.slot;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeadlineRescueTest {

    private final OpenSlot city = slot(101, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN);
    private final OpenSlot cdc = slot(201, CDC_MR, MONDAY, 9, 0, 30, MR_BRAIN);
    private final Placement anywhere =
            request(1).referredOn(MONDAY.minusWeeks(6)).placedIn(city);
    private final Placement onlyCity =
            request(2).referredOn(MONDAY.minusWeeks(6)).onlyAt(CITY).unplaced();

    @Test
    void movesOneWhoCanGoElsewhereSoThatAnotherIsSeenByTheirDay() {
        assertThat(rescue(DeadlineRescue.MAX_LOOKS))
                .containsEntry(anywhere, cdc)
                .containsEntry(onlyCity, city);
    }

    @Test
    void stopsLookingOnceItHasLookedAtAsManySlotsAsItMay() {
        assertThat(rescue(0)).as("the first plan of a huge part is not held up").isEmpty();
    }

    private Map<Placement, OpenSlot> rescue(long maxLooks) {
        Set<OpenSlot> taken = new HashSet<>(Set.of(city));
        SiteMeans means = new SiteMeans();
        means.add(city.venue(), anywhere.waitDays());
        List<Placement> band = List.of(anywhere, onlyCity);
        return new DeadlineRescue(
                        new SlotIndex(List.of(city, cdc), taken), taken, means, ListedRequest::breachDate, maxLooks)
                .rescue(band, () -> false);
    }
}
