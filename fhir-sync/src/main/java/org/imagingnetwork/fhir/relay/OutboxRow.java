package org.imagingnetwork.fhir.relay;

import java.time.Instant;
import java.util.Optional;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.AppointmentStatus;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.outbox.OutboxChange;
import org.imagingnetwork.core.request.RequestId;

/**
 * One change waiting for, or parked from, delivery to a trust's RIS. It is about an appointment
 * (BOOKED, CANCELLED, MOVED_AWAY, STATUS), for a {@code SLOT_STATUS} change staff made in the diary
 * about a slot alone, or for a {@code REFERRAL_REJECTED} change about the request rejected at
 * vetting. A {@code STATUS} change carries the status the RIS reported, a {@code SLOT_STATUS} change
 * the status the slot was left in; the other changes imply theirs.
 */
public record OutboxRow(
        long id,
        Optional<AppointmentId> appointment,
        Optional<SlotId> slot,
        Optional<RequestId> request,
        OdsCode trust,
        OutboxChange change,
        Optional<AppointmentStatus> reportedStatus,
        Optional<SlotStatus> slotStatus,
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
            case REFERRAL_REJECTED ->
                throw new IllegalStateException("rejected referral " + id + " is about no appointment");
        };
    }
}
