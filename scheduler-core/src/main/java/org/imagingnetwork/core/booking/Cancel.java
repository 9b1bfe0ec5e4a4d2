package org.imagingnetwork.core.booking;

import java.util.Objects;

/**
 * Cancel a live appointment. When the exam is still needed the request goes back to the waiting
 * list; otherwise the request itself is cancelled.
 */
public record Cancel(AppointmentId appointment, Actor actor, String reason, boolean examStillNeeded) {
    public Cancel {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a cancellation needs a reason");
        }
    }
}
