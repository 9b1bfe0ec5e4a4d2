package org.imagingnetwork.core.booking;

import java.util.Objects;
import org.imagingnetwork.core.diary.SlotId;

/**
 * A slot that was booked, freed or blocked, as another instance hears of it: enough for a cache of
 * free slots to drop what it holds for the room.
 */
public record SlotChange(Kind kind, SlotId slot, String room) {

    public enum Kind {
        BOOKED,
        FREED,
        /** Staff took the slot out of use (it may still hold an appointment waiting to be moved). */
        BLOCKED
    }

    public SlotChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(room, "room");
    }
}
