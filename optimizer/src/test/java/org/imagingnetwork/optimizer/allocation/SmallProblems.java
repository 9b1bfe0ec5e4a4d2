package org.imagingnetwork.optimizer.allocation;

import static org.imagingnetwork.optimizer.allocation.Requests.request;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CDC_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MONDAY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MR_BRAIN;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MR_HEART;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.WEEK;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.WORCESTER_MR;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Room;

/**
 * Seeded small allocation problems over the three MRI rooms of the test network: a few sessions a
 * week, a waiting list larger than the slots, a mix of priorities, cardiac exams that only the 3T
 * rooms can do, patients with travel limits, and one booked appointment that must not move.
 */
final class SmallProblems {
    private SmallProblems() {}

    static AllocationPlan generate(long seed, int slotsPerRoom, int requests) {
        Random random = new Random(seed);
        List<OpenSlot> slots = new ArrayList<>();
        Room[] rooms = {CITY_MR, CDC_MR, WORCESTER_MR};
        long id = 1;
        for (Room room : rooms) {
            for (int i = 0; i < slotsPerRoom; i++) {
                int day = (i * 5) / slotsPerRoom;
                int minute = (i % 4) * 30;
                slots.add(TestNetwork.slot(
                        room == CITY_MR ? 100 + id : room == CDC_MR ? 200 + id : 300 + id,
                        room,
                        MONDAY.plusDays(day),
                        9 + minute / 60,
                        minute % 60,
                        30,
                        MR_BRAIN,
                        MR_HEART));
                id++;
            }
        }
        List<Placement> placements = new ArrayList<>();
        OpenSlot bookedSlot = TestNetwork.bookedSlot(999, CITY_MR, MONDAY, 14, 0, 30, MR_BRAIN);
        slots.add(bookedSlot);
        placements.add(
                Placement.booked(request(9999).referredOn(MONDAY.minusWeeks(3)).build(), WEEK, bookedSlot));
        for (int r = 1; r <= requests; r++) {
            Requests request = request(r)
                    .referredOn(MONDAY.minusDays(3 + random.nextInt(60)))
                    .livingAt(new GeoPoint(52.2 + random.nextDouble() * 0.4, -2.2 + random.nextDouble() * 0.4));
            int kind = random.nextInt(10);
            if (kind == 0) {
                request.urgent(7);
            } else if (kind == 1) {
                request.twoWeekWait();
            } else if (kind == 2) {
                request.exam(MR_HEART, Modality.MR, 30, Capability.TESLA_3);
            }
            if (random.nextInt(4) == 0) {
                request.travelsAtMost(25);
            }
            placements.add(request.unplaced());
        }
        return new AllocationPlan(WEEK, slots, placements);
    }
}
