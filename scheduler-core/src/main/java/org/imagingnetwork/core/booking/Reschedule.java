package org.imagingnetwork.core.booking;

import java.util.Objects;
import java.util.Optional;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.hold.HoldToken;

/** Move a live appointment to another slot: the new one is booked before the old one is freed. */
public record Reschedule(AppointmentId appointment, SlotId newSlot, Actor actor, Optional<HoldToken> hold) {
    public Reschedule {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(newSlot, "newSlot");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(hold, "hold");
    }
}
