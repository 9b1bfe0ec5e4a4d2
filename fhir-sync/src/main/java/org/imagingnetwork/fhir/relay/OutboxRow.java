package org.imagingnetwork.fhir.relay;

import java.time.Instant;
import java.util.Optional;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.AppointmentStatus;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.outbox.OutboxChange;

/**
 * One change waiting for, or parked from, delivery to a trust's RIS. A {@code STATUS} change
 * carries the status the RIS reported; the other changes imply theirs.
 */
public record OutboxRow(
        long id,
        AppointmentId appointment,
        OdsCode trust,
        OutboxChange change,
        Optional<AppointmentStatus> reportedStatus,
        Instant createdAt,
        int attempts,
        Optional<String> lastError) {

    /** The appointment's status as this change left it. */
    public AppointmentStatus statusAfter() {
        return switch (change) {
            case BOOKED -> AppointmentStatus.BOOKED;
            case CANCELLED -> AppointmentStatus.CANCELLED;
            case MOVED_AWAY -> AppointmentStatus.MOVED;
            case STATUS ->
                reportedStatus.orElseThrow(() -> new IllegalStateException("STATUS change " + id + " names no status"));
            case SLOT_STATUS -> throw new IllegalStateException("slot change " + id + " is about no appointment");
        };
    }
}
