package org.imagingnetwork.core.diary;

import java.util.Objects;
import org.imagingnetwork.core.audit.StaffActor;

/** Put a blocked slot back in use, saying why (the engineer has been). */
public record ReleaseSlot(SlotId slot, String reason, StaffActor by) {
    public ReleaseSlot {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(by, "by");
    }
}
