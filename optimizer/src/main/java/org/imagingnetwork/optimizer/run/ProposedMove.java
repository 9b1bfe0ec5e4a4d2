package org.imagingnetwork.optimizer.run;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.request.RequestId;

/**
 * What a disruption re-plan proposes for one patient booked into the closed room: a new slot, or
 * none and why in words; once published, when the patient was moved or why they were not.
 */
public record ProposedMove(
        RequestId request,
        SlotId lostSlot,
        Optional<SlotId> newSlot,
        Optional<String> noSlotReason,
        Optional<Instant> movedAt,
        Optional<String> publishNote) {

    public ProposedMove {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(lostSlot, "lostSlot");
        if (newSlot.isPresent() == noSlotReason.isPresent()) {
            throw new IllegalArgumentException("a move has a new slot or a reason for none, not both");
        }
    }

    static ProposedMove to(RequestId request, SlotId lost, SlotId slot) {
        return new ProposedMove(request, lost, Optional.of(slot), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static ProposedMove none(RequestId request, SlotId lost, String reason) {
        return new ProposedMove(
                request, lost, Optional.empty(), Optional.of(reason), Optional.empty(), Optional.empty());
    }
}
