package org.imagingnetwork.optimizer.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.OptionalInt;
import java.util.Set;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.time.London;

/**
 * A small network for allocation tests: a Birmingham acute hospital that sees children, a CDC in
 * Sutton Coldfield for adults, and a hospital in Worcester about 40 km away.
 */
final class TestNetwork {
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final Horizon WEEK = new Horizon(MONDAY, MONDAY.plusDays(4));

    static final ExamCode MR_BRAIN = new ExamCode("MBRAI");
    static final ExamCode MR_HEART = new ExamCode("MHEAR");
    static final ExamCode CT_CHEST = new ExamCode("CCHES");
    static final ExamCode US_ABDO = new ExamCode("UABDO");

    static final Venue CITY = new Venue(
            new OdsCode("RRK01"),
            "Birmingham City Hospital",
            new OdsCode("RRK"),
            "QHL",
            new GeoPoint(52.4862, -1.8904),
            OptionalInt.of(0));
    static final Venue CDC = new Venue(
            new OdsCode("RRK02"),
            "Sutton Coldfield CDC",
            new OdsCode("RRK"),
            "QHL",
            new GeoPoint(52.5631, -1.8246),
            OptionalInt.empty());
    static final Venue WORCESTER = new Venue(
            new OdsCode("RWP01"),
            "Worcester Royal Hospital",
            new OdsCode("RWP"),
            "QGH",
            new GeoPoint(52.1920, -2.1815),
            OptionalInt.of(5));

    /** A home in Edgbaston, close to the city hospital. */
    static final GeoPoint EDGBASTON = new GeoPoint(52.4560, -1.9300);

    static final Room CITY_MR = new Room(
            "CITY-MR1",
            CITY.site(),
            "MRI 1",
            Modality.MR,
            Set.of(Capability.TESLA_3, Capability.WIDE_BORE),
            OptionalInt.empty());
    static final Room CITY_CT = new Room(
            "CITY-CT1", CITY.site(), "CT 1", Modality.CT, Set.of(Capability.CONTRAST_INJECTOR), OptionalInt.empty());
    static final Room CDC_MR = new Room("CDC-MR1", CDC.site(), "MRI 1", Modality.MR, Set.of(), OptionalInt.empty());
    static final Room CDC_BARIATRIC_CT = new Room(
            "CDC-CT1", CDC.site(), "CT 1", Modality.CT, Set.of(Capability.BARIATRIC_TABLE), OptionalInt.of(250));
    static final Room WORCESTER_MR = new Room(
            "WOR-MR1", WORCESTER.site(), "MRI 1", Modality.MR, Set.of(Capability.TESLA_3), OptionalInt.empty());

    private TestNetwork() {}

    static Venue venueOf(Room room) {
        for (Venue venue : new Venue[] {CITY, CDC, WORCESTER}) {
            if (venue.site().equals(room.site())) {
                return venue;
            }
        }
        throw new IllegalArgumentException("no venue for " + room.id());
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return London.moment(day, LocalTime.of(hour, minute));
    }

    static OpenSlot slot(long id, Room room, LocalDate day, int hour, int minute, int minutes, ExamCode... exams) {
        return slot(id, room, day, hour, minute, minutes, ListCover.standard(), exams);
    }

    static OpenSlot slot(
            long id, Room room, LocalDate day, int hour, int minute, int minutes, ListCover cover, ExamCode... exams) {
        Instant start = at(day, hour, minute);
        return new OpenSlot(
                new SlotId(id),
                new SessionId(id / 100),
                room,
                venueOf(room),
                Set.of(exams),
                cover,
                start,
                start.plusSeconds(60L * minutes),
                false);
    }

    static OpenSlot bookedSlot(
            long id, Room room, LocalDate day, int hour, int minute, int minutes, ExamCode... exams) {
        Instant start = at(day, hour, minute);
        return new OpenSlot(
                new SlotId(id),
                new SessionId(id / 100),
                room,
                venueOf(room),
                Set.of(exams),
                ListCover.standard(),
                start,
                start.plusSeconds(60L * minutes),
                true);
    }
}
