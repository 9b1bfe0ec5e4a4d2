package org.imagingnetwork.core.diary;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open stretch of time [startsAt, endsAt): a session's span or one slot cut from it. */
public record SlotWindow(Instant startsAt, Instant endsAt) {
    public SlotWindow {
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a window must end after it starts: " + startsAt + " to " + endsAt);
        }
    }

    /** Whether the two share any moment; windows that only touch end to start do not. */
    public boolean overlaps(SlotWindow other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }
}
