package org.imagingnetwork.core.booking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.imagingnetwork.core.diary.SlotId;

/** Staff blocked these slots of one room: fewer free slots there from now on. */
public record SlotsBlocked(String room, List<SlotId> slots, Instant blockedAt) {
    public SlotsBlocked {
        Objects.requireNonNull(room, "room");
        slots = List.copyOf(slots);
        Objects.requireNonNull(blockedAt, "blockedAt");
    }
}
