package org.imagingnetwork.core.outbox;

import java.time.Instant;
import java.util.Optional;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.AppointmentStatus;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.request.RequestId;

/**
 * A change the relay could not deliver to a trust's RIS and parked for staff: what changed, about
 * which appointment (or, for a slot's own change, which slot; for a rejected referral, which
 * request), how often it was tried and the last error. Until it is retried and delivered, the later
 * changes of its appointment or slot wait behind it ({@code heldBack} of them), so the RIS never
 * hears of them out of order.
 *
 * @param reportedStatus for a {@code STATUS} change, the status the RIS is to be told
 * @param slotStatus for a {@code SLOT_STATUS} change, the status staff left the slot in
 * @param appointment the appointment changed; empty for a slot's own change and a rejected referral
 * @param slot the appointment's slot, or the slot changed; empty for a rejected referral
 * @param request the referral rejected, for a {@code REFERRAL_REJECTED} change
 * @param recordedAt when the change was written to the outbox
 */
public record ParkedWrite(
        long id,
        OdsCode trust,
        OutboxChange change,
        Optional<AppointmentStatus> reportedStatus,
        Optional<SlotStatus> slotStatus,
        Optional<AppointmentId> appointment,
        Optional<SlotPlace> slot,
        Optional<RequestId> request,
        Instant recordedAt,
        int attempts,
        Optional<String> lastError,
        int heldBack) {

    /** The slot a change is about, where and when it is. */
    public record SlotPlace(SlotId id, Instant startsAt, String siteName, String roomName) {}
}
