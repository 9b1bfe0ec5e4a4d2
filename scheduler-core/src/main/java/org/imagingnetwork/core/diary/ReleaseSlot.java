package org.imagingnetwork.core.diary;

import java.util.Objects;
import org.imagingnetwork.core.booking.Actor;

/** Put a blocked slot back in use, saying why (the engineer has been). */
public record ReleaseSlot(SlotId slot, String reason, Actor by) {
    public ReleaseSlot {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(by, "by");
    }
}
