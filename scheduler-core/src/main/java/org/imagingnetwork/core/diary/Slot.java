package org.imagingnetwork.core.diary;

import java.time.Duration;
import java.time.Instant;

/** A bookable piece of a session: [startsAt, endsAt). */
public record Slot(SlotId id, SessionId session, String roomId, Instant startsAt, Instant endsAt, SlotStatus status) {
    public Slot {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("slot must end after it starts");
        }
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }
}
