package org.imagingnetwork.optimizer.allocation;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.time.London;

/**
 * A slot in the horizon that a request could be placed in, with the room, site and session it
 * belongs to. Equal by slot id only: the solver hashes these on every move.
 */
public final class OpenSlot {

    /** Earliest first, ties by id: the one order every queue and list of slots is kept in, so runs repeat. */
    public static final Comparator<OpenSlot> IN_TIME_ORDER = Comparator.comparing(OpenSlot::startsAt)
            .thenComparingLong(slot -> slot.id().value());

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

    @PlanningId
    private final long id;

    private final SessionId session;
    private final Room room;
    private final Venue venue;
    private final Set<ExamCode> sessionExams;
    private final ListCover cover;
    private final Instant startsAt;
    private final Instant endsAt;
    private final LocalDate clinicDay;
    private final boolean booked;

    public OpenSlot(
            SlotId id,
            SessionId session,
            Room room,
            Venue venue,
            Set<ExamCode> sessionExams,
            ListCover cover,
            Instant startsAt,
            Instant endsAt,
            boolean booked) {
        this.id = id.value();
        this.session = Objects.requireNonNull(session, "session");
        this.room = Objects.requireNonNull(room, "room");
        this.venue = Objects.requireNonNull(venue, "venue");
        this.sessionExams = Set.copyOf(sessionExams);
        this.cover = Objects.requireNonNull(cover, "cover");
        this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
        this.endsAt = Objects.requireNonNull(endsAt, "endsAt");
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("slot " + id + " must end after it starts");
        }
        if (!room.site().equals(venue.site())) {
            throw new IllegalArgumentException("slot " + id + ": room " + room.id() + " is not at " + venue.site());
        }
        this.clinicDay = London.clinicDay(startsAt);
        this.booked = booked;
    }

    public SlotId id() {
        return new SlotId(id);
    }

    public SessionId session() {
        return session;
    }

    public Room room() {
        return room;
    }

    public Venue venue() {
        return venue;
    }

    public Set<ExamCode> sessionExams() {
        return sessionExams;
    }

    public ListCover cover() {
        return cover;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public LocalDate clinicDay() {
        return clinicDay;
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    /** Held by an appointment patients have been told about when the plan was made. */
    public boolean booked() {
        return booked;
    }

    /** As the diary shows it: "CT 2, Good Hope Hospital, Tue 3 Dec 09:00". */
    public String describe() {
        return room.name() + ", " + venue.name() + ", " + WHEN.format(London.atLondon(startsAt));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpenSlot slot && slot.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "slot " + id;
    }
}
