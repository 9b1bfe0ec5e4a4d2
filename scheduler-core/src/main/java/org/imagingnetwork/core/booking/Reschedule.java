package org.imagingnetwork.core.booking;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.hold.HoldToken;

/**
 * Move a live appointment to another slot: the new one is booked before the old one is freed. With
 * {@code ifVersion} it moves only if the appointment is still at that version.
 */
public record Reschedule(
        AppointmentId appointment, SlotId newSlot, Actor actor, Optional<HoldToken> hold, OptionalInt ifVersion) {
    public Reschedule {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(newSlot, "newSlot");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(ifVersion, "ifVersion");
    }

    /** Moves whatever version the appointment is at. */
    public Reschedule(AppointmentId appointment, SlotId newSlot, Actor actor, Optional<HoldToken> hold) {
        this(appointment, newSlot, actor, hold, OptionalInt.empty());
    }
}
