package org.imagingnetwork.optimizer.disruption;

import static org.imagingnetwork.optimizer.allocation.Requests.request;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CDC_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MONDAY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MR_BRAIN;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MR_HEART;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.WEEK;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.WORCESTER_MR;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;
import org.imagingnetwork.optimizer.allocation.ListCover;
import org.imagingnetwork.optimizer.allocation.OpenSlot;
import org.imagingnetwork.optimizer.allocation.Placement;
import org.imagingnetwork.optimizer.allocation.Requests;
import org.imagingnetwork.optimizer.allocation.TestNetwork;

/**
 * A week of three MRI rooms, six half-hour slots each morning. The city room is fully booked all
 * week and closes on Monday to Wednesday. Among its patients: one whose exam needs the city
 * room's 3T wide bore, one who only goes to the city hospital, and one who will travel 5 km at most.
 * Every room also has bookings outside the closure, which must not move.
 */
final class ClosureScenario {
    static final RoomClosure CITY_MR_MONDAY_TO_WEDNESDAY =
            new RoomClosure(CITY_MR.id(), MONDAY, MONDAY.plusDays(2), "Magnet quench");
    static final long NEEDS_WIDE_BORE = 1001;
    static final long ONLY_CITY = 1002;
    static final long FIVE_KM = 1003;

    private ClosureScenario() {}

    static AllocationPlan bookedWeek() {
        List<OpenSlot> slots = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        long requestId = 1;
        for (Room room : List.of(CITY_MR, CDC_MR, WORCESTER_MR)) {
            for (int day = 0; day < 5; day++) {
                for (int i = 0; i < 6; i++) {
                    boolean closedAndBooked = room == CITY_MR && day < 3;
                    boolean bookedElsewhere = room == CITY_MR || i == 0;
                    long slotId = room == CITY_MR ? 10_000 : room == CDC_MR ? 20_000 : 30_000;
                    slotId += day * 100 + i;
                    Instant start = TestNetwork.at(MONDAY.plusDays(day), 9 + i / 2, (i % 2) * 30);
                    OpenSlot slot = new OpenSlot(
                            new SlotId(slotId),
                            new SessionId(slotId / 100),
                            room,
                            TestNetwork.venueOf(room),
                            java.util.Set.of(MR_BRAIN, MR_HEART),
                            ListCover.standard(),
                            start,
                            start.plusSeconds(1800),
                            closedAndBooked || bookedElsewhere);
                    slots.add(slot);
                    if (closedAndBooked || bookedElsewhere) {
                        placements.add(Placement.booked(
                                patientFor(closedAndBooked ? requestId + 1000 : requestId)
                                        .build(),
                                WEEK,
                                slot));
                        requestId++;
                    }
                }
            }
        }
        return new AllocationPlan(WEEK, slots, placements);
    }

    private static Requests patientFor(long id) {
        Requests request = request(id).referredOn(MONDAY.minusWeeks(3));
        if (id == NEEDS_WIDE_BORE) {
            return request.exam(MR_HEART, Modality.MR, 30, Capability.TESLA_3, Capability.WIDE_BORE);
        }
        if (id == ONLY_CITY) {
            return request.onlyAt(CITY);
        }
        if (id == FIVE_KM) {
            return request.travelsAtMost(5);
        }
        return request;
    }
}
