package org.imagingnetwork.simulation.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.RequestId;
import org.junit.jupiter.api.Test;

class SlotBoardTest {

    private static final GeoPoint HOME = new GeoPoint(52.70, -2.75);
    private static final GeoPoint NEAR = new GeoPoint(52.71, -2.75);
    private static final GeoPoint FAR = new GeoPoint(52.58, -1.98);
    private static final Instant MONDAY_9 = Instant.parse("2027-01-11T09:00:00Z");

    @Test
    void choosesTheEarliestDayThenTheNearestSiteWithinReach() {
        FreeSlot farMonday = slot(1, "FAR", FAR, MONDAY_9);
        FreeSlot nearMondayLater = slot(2, "NEAR", NEAR, MONDAY_9.plusSeconds(6 * 3600));
        FreeSlot nearTuesday = slot(3, "NEAR", NEAR, MONDAY_9.plusSeconds(24 * 3600));
        SlotBoard board = new SlotBoard(List.of(nearTuesday, farMonday, nearMondayLater));

        assertThat(board.choose(request(OptionalInt.empty()), MONDAY_9, s -> true))
                .contains(nearMondayLater);
        board.strike(nearMondayLater.id());
        assertThat(board.choose(request(OptionalInt.empty()), MONDAY_9, s -> true))
                .contains(farMonday);
        WaitingRequest within10Km = request(OptionalInt.of(10));
        assertThat(board.choose(within10Km, MONDAY_9, within10Km::withinReach)).contains(nearTuesday);
        assertThat(board.choose(within10Km, MONDAY_9, s -> s.trust().equals("OTHER")))
                .isEmpty();
    }

    private static FreeSlot slot(long id, String site, GeoPoint where, Instant start) {
        return new FreeSlot(
                new SlotId(id), site, "TRUST", start, 15, Set.of("XCHES"), Set.of(), 150, OptionalInt.empty(), where);
    }

    private static WaitingRequest request(OptionalInt maxTravelKm) {
        return new WaitingRequest(
                new RequestId(1),
                new PatientId(1),
                "XCHES",
                Priority.ROUTINE,
                Optional.empty(),
                MONDAY_9,
                "TRUST",
                40,
                10,
                Set.of(),
                false,
                OptionalInt.empty(),
                Set.of(),
                maxTravelKm,
                Optional.of(HOME));
    }
}
