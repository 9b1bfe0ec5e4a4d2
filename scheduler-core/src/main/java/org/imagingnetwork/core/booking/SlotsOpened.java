package org.imagingnetwork.core.booking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.imagingnetwork.core.diary.SlotId;

/** Free slots of one room that a published diary opened or re-listed: a cache of its free slots is out of date. */
public record SlotsOpened(String room, List<SlotId> slots, Instant openedAt) {
    public SlotsOpened {
        Objects.requireNonNull(room, "room");
        slots = List.copyOf(slots);
        Objects.requireNonNull(openedAt, "openedAt");
    }
}
