package org.imagingnetwork.core.diary;

import java.util.List;
import java.util.Objects;

/**
 * What publishing a planned diary wrote: sessions updated in place and added, published sessions the
 * plan no longer runs (blocked), slots cut, sessions whose slots were kept because patients are booked
 * into them, and planned sessions skipped because the diary has since gained another session there;
 * and, room by room, the slots it opened or re-listed and those it blocked, to announce on the
 * slot-change channel once it has committed.
 */
public record DiaryPublication(
        int sessionsUpdated,
        int sessionsAdded,
        int sessionsStopped,
        int slotsCut,
        int keptForBookings,
        int skipped,
        List<RoomSlots> rooms) {

    public DiaryPublication {
        rooms = List.copyOf(rooms);
    }

    /** One room's slots the publication changed: open ones (new, reopened or running other exams) and blocked ones. */
    public record RoomSlots(String room, List<SlotId> opened, List<SlotId> blocked) {
        public RoomSlots {
            Objects.requireNonNull(room, "room");
            opened = List.copyOf(opened);
            blocked = List.copyOf(blocked);
        }
    }
}
