package org.imagingnetwork.core.booking;

import java.time.Instant;
import java.util.Optional;
import org.imagingnetwork.core.diary.SlotStatus;

/** What happens to a slot an appointment leaves, whichever change made it leave. */
public final class SlotVacancy {

    private SlotVacancy() {}

    /**
     * Frees the slot an appointment left, and records the release for the offer engine if it is still
     * to come. A slot staff have blocked stays blocked: moving its patient elsewhere must not put the
     * broken scanner's time back on offer.
     */
    public static Optional<SlotReleased> free(BookingUnit unit, SlotForBooking slot, Instant now, String reason) {
        if (slot.status() == SlotStatus.BLOCKED) {
            return Optional.empty();
        }
        unit.setSlotStatus(slot.id(), SlotStatus.FREE);
        if (!slot.startsAt().isAfter(now)) {
            return Optional.empty();
        }
        long releaseId = unit.recordRelease(slot.id(), now, reason);
        return Optional.of(new SlotReleased(releaseId, slot.id(), slot.room(), now, reason));
    }
}
