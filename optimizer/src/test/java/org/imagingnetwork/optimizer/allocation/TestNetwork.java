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
public final class TestNetwork {
    public static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    public static final Horizon WEEK = new Horizon(MONDAY, MONDAY.plusDays(4));

    public static final ExamCode MR_BRAIN = new ExamCode("MBRAI");
    public static final ExamCode MR_HEART = new ExamCode("MHEAR");
    public static final ExamCode CT_CHEST = new ExamCode("CCHES");
    public static final ExamCode US_ABDO = new ExamCode("UABDO");

    public static final Venue CITY = new Venue(
            new OdsCode("RRK01"),
            "Birmingham City Hospital",
            new OdsCode("RRK"),
            "QHL",
            new GeoPoint(52.4862, -1.8904),
            OptionalInt.of(0));
    public static final Venue CDC = new Venue(
            new OdsCode("RRK02"),
            "Sutton Coldfield CDC",
            new OdsCode("RRK"),
            "QHL",
            new GeoPoint(52.5631, -1.8246),
            OptionalInt.empty());
    public static final Venue WORCESTER = new Venue(
            new OdsCode("RWP01"),
            "Worcester Royal Hospital",
            new OdsCode("RWP"),
            "QGH",
            new GeoPoint(52.1920, -2.1815),
            OptionalInt.of(5));

    /** A home in Edgbaston, close to the city hospital. */
    public static final GeoPoint EDGBASTON = new GeoPoint(52.4560, -1.9300);

    public static final Room CITY_MR = new Room(
            "CITY-MR1",
            CITY.site(),
            "MRI 1",
            Modality.MR,
            Set.of(Capability.TESLA_3, Capability.WIDE_BORE),
            OptionalInt.empty());
    public static final Room CITY_CT = new Room(
            "CITY-CT1", CITY.site(), "CT 1", Modality.CT, Set.of(Capability.CONTRAST_INJECTOR), OptionalInt.empty());
    public static final Room CDC_MR =
            new Room("CDC-MR1", CDC.site(), "MRI 1", Modality.MR, Set.of(), OptionalInt.empty());
    public static final Room CDC_BARIATRIC_CT = new Room(
            "CDC-CT1", CDC.site(), "CT 1", Modality.CT, Set.of(Capability.BARIATRIC_TABLE), OptionalInt.of(250));
    public static final Room WORCESTER_MR = new Room(
            "WOR-MR1", WORCESTER.site(), "MRI 1", Modality.MR, Set.of(Capability.TESLA_3), OptionalInt.empty());

    private TestNetwork() {}

    public static Venue venueOf(Room room) {
        for (Venue venue : new Venue[] {CITY, CDC, WORCESTER}) {
            if (venue.site().equals(room.site())) {
                return venue;
            }
        }
        throw new IllegalArgumentException("no venue for " + room.id());
    }

    public static Instant at(LocalDate day, int hour, int minute) {
        return London.moment(day, LocalTime.of(hour, minute));
    }

    public static OpenSlot slot(
            long id, Room room, LocalDate day, int hour, int minute, int minutes, ExamCode... exams) {
        return slot(id, room, day, hour, minute, minutes, ListCover.standard(), exams);
    }

    public static OpenSlot slot(
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

    public static OpenSlot bookedSlot(
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
