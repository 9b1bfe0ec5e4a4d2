package org.imagingnetwork.optimizer.diary;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.optimizer.sessiontype.SessionType;

/**
 * A block of one room's time in the horizon: the planning entity whose session type the solver
 * chooses, or leaves empty when the room does not run that block. A session with patients already
 * booked into it is pinned to its type. The type of the published diary, if any, is kept so that a
 * change costs something.
 */
@PlanningEntity
public class RoomSession {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

    @PlanningId
    private long id;

    private Room room;
    private Site site;
    private String locality;
    private Instant startsAt;
    private Instant endsAt;
    private LocalDate day;
    private SessionType publishedType;

    @PlanningVariable(valueRangeProviderRefs = DiaryPlan.TYPES, allowsUnassigned = true)
    private SessionType type;

    @PlanningPin
    private boolean hasBookings;

    /** For the solver's cloning only. */
    RoomSession() {}

    public RoomSession(
            long id,
            Room room,
            Site site,
            String locality,
            Instant startsAt,
            Instant endsAt,
            SessionType publishedType,
            boolean hasBookings) {
        this.id = id;
        this.room = Objects.requireNonNull(room, "room");
        this.site = Objects.requireNonNull(site, "site");
        this.locality = Objects.requireNonNull(locality, "locality");
        this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
        this.endsAt = Objects.requireNonNull(endsAt, "endsAt");
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("session " + id + " must end after it starts");
        }
        if (!room.site().equals(site.odsCode())) {
            throw new IllegalArgumentException(
                    "session " + id + ": room " + room.id() + " is not at " + site.odsCode());
        }
        if (hasBookings && publishedType == null) {
            throw new IllegalArgumentException("session " + id + " has bookings but no published type");
        }
        this.day = London.clinicDay(startsAt);
        this.publishedType = publishedType;
        this.type = publishedType;
        this.hasBookings = hasBookings;
    }

    public long id() {
        return id;
    }

    public Room room() {
        return room;
    }

    public Site site() {
        return site;
    }

    /** The locality whose demand this session serves: its integrated care system. */
    public String locality() {
        return locality;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public LocalDate day() {
        return day;
    }

    /** The Monday of the session's week: contracted hours are per week. */
    public LocalDate week() {
        return day.with(DayOfWeek.MONDAY);
    }

    public int minutes() {
        return (int) Duration.between(startsAt, endsAt).toMinutes();
    }

    public SessionType type() {
        return type;
    }

    public void setType(SessionType type) {
        this.type = type;
    }

    public SessionType publishedType() {
        return publishedType;
    }

    public boolean published() {
        return publishedType != null;
    }

    public boolean hasBookings() {
        return hasBookings;
    }

    public boolean running() {
        return type != null;
    }

    /**
     * Whether the room can run the type whatever the staff: the room's modality, all the equipment it
     * needs, and children only at a site that sees them.
     */
    public boolean canRun(SessionType candidate) {
        return candidate.modality() == room.modality()
                && room.capabilities().containsAll(candidate.equipment())
                && (!candidate.paediatric() || site.seesChildren());
    }

    /** One per missing piece of equipment, plus one when the room is of another modality. */
    public int missingEquipment() {
        if (type == null) {
            return 0;
        }
        int missing = type.modality() == room.modality() ? 0 : 1;
        for (Capability capability : type.equipment()) {
            if (!room.capabilities().contains(capability)) {
                missing++;
            }
        }
        return missing;
    }

    /** As the diary shows it: "MRI 1, Good Hope Hospital, Tue 3 Dec 08:00". */
    public String describe() {
        return room.name() + ", " + site.name() + ", " + WHEN.format(London.atLondon(startsAt));
    }

    @Override
    public String toString() {
        return "session " + id + (type == null ? " (not run)" : " " + type.code());
    }
}
