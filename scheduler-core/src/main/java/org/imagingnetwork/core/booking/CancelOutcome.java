package org.imagingnetwork.core.booking;

public sealed interface CancelOutcome {
    record Cancelled(Appointment appointment) implements CancelOutcome {}

    /** No such appointment, or not one this actor may see. */
    record NotFound() implements CancelOutcome {}

    /** Already cancelled, moved or attended. */
    record NotLive(AppointmentStatus status) implements CancelOutcome {}

    /** The appointment has changed since the version the canceller read; nothing was changed. */
    record VersionConflict(int current) implements CancelOutcome {}
}
