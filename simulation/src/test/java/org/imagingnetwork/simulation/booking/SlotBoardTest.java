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

    @Test
    void passesOverSlotsTooShortRoomsWithoutTheKitAndSlotsStruckOff() {
        FreeSlot tooShort = slot(1, "NEAR", NEAR, MONDAY_9, 5, Set.of());
        FreeSlot tooLight = new FreeSlot(
                new SlotId(2), "NEAR", "TRUST", MONDAY_9, 15, Set.of("XCHES"), Set.of(), 90, OptionalInt.empty(), NEAR);
        FreeSlot noKit = slot(3, "NEAR", NEAR, MONDAY_9.plusSeconds(900), 15, Set.of());
        FreeSlot withKit = slot(4, "FAR", FAR, MONDAY_9.plusSeconds(3600), 15, Set.of("BARIATRIC_TABLE"));
        FreeSlot nearLater = slot(5, "NEAR", NEAR, MONDAY_9.plusSeconds(1800), 15, Set.of());
        FreeSlot nearTuesday = slot(6, "NEAR", NEAR, MONDAY_9.plusSeconds(24 * 3600), 15, Set.of());
        SlotBoard board = new SlotBoard(List.of(tooShort, tooLight, noKit, withKit, nearLater, nearTuesday));

        WaitingRequest heavy = request(OptionalInt.empty(), Set.of(), OptionalInt.of(120));
        assertThat(board.choose(heavy, MONDAY_9, s -> true)).contains(noKit);
        board.strike(noKit.id());
        assertThat(board.choose(heavy, MONDAY_9, s -> true)).contains(nearLater);
        board.strike(nearLater.id());
        assertThat(board.choose(heavy, MONDAY_9, s -> true)).contains(withKit);
        assertThat(board.choose(heavy, MONDAY_9, s -> s.site().equals("NEAR"))).contains(nearTuesday);
        WaitingRequest needsKit = request(OptionalInt.empty(), Set.of("BARIATRIC_TABLE"), OptionalInt.empty());
        assertThat(board.choose(needsKit, MONDAY_9, s -> true)).contains(withKit);
        assertThat(board.choose(needsKit, MONDAY_9.plusSeconds(3601), s -> true))
                .isEmpty();
    }

    private static FreeSlot slot(long id, String site, GeoPoint where, Instant start) {
        return slot(id, site, where, start, 15, Set.of());
    }

    private static FreeSlot slot(
            long id, String site, GeoPoint where, Instant start, int minutes, Set<String> capabilities) {
        return new FreeSlot(
                new SlotId(id),
                site,
                "TRUST",
                start,
                minutes,
                Set.of("XCHES"),
                capabilities,
                150,
                OptionalInt.empty(),
                where);
    }

    private static WaitingRequest request(OptionalInt maxTravelKm) {
        return request(maxTravelKm, Set.of(), OptionalInt.empty());
    }

    private static WaitingRequest request(OptionalInt maxTravelKm, Set<String> capabilities, OptionalInt weightKg) {
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
                capabilities,
                false,
                weightKg,
                Set.of(),
                maxTravelKm,
                Optional.of(HOME));
    }
}
