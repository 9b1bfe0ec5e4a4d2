package org.imagingnetwork.optimizer.disruption;

import java.time.LocalDate;
import java.util.Objects;
import org.imagingnetwork.optimizer.allocation.OpenSlot;

/** A room out of use on some clinic days, first and last inclusive: a broken scanner, a closed room. */
public record RoomClosure(String roomId, LocalDate firstDay, LocalDate lastDay, String reason) {

    public RoomClosure {
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(reason, "reason");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("a closure must end on or after the day it starts");
        }
    }

    public boolean closes(OpenSlot slot) {
        return closes(slot.room().id(), slot.clinicDay());
    }

    /** Whether this room is out of use on this clinic day. */
    public boolean closes(String room, LocalDate day) {
        return room.equals(roomId) && !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
