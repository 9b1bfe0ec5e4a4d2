package org.imagingnetwork.core.booking;

public sealed interface CancelOutcome {
    record Cancelled(Appointment appointment) implements CancelOutcome {}

    /** No such appointment, or not one this actor may see. */
    record NotFound() implements CancelOutcome {}

    /** Already cancelled, moved or attended. */
    record NotLive(AppointmentStatus status) implements CancelOutcome {}
}
