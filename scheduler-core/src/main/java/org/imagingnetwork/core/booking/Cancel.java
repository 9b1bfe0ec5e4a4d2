package org.imagingnetwork.core.booking;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Cancel a live appointment. When the exam is still needed the request goes back to the waiting
 * list; otherwise the request itself is cancelled. With {@code ifVersion} the appointment is
 * cancelled only if it is still at that version (someone who read it earlier cancels only what they saw).
 */
public record Cancel(
        AppointmentId appointment, Actor actor, String reason, boolean examStillNeeded, OptionalInt ifVersion) {
    public Cancel {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(ifVersion, "ifVersion");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a cancellation needs a reason");
        }
    }

    /** Cancels whatever version the appointment is at. */
    public Cancel(AppointmentId appointment, Actor actor, String reason, boolean examStillNeeded) {
        this(appointment, actor, reason, examStillNeeded, OptionalInt.empty());
    }
}
