package org.imagingnetwork.core.diary;

import java.util.Objects;
import org.imagingnetwork.core.audit.StaffActor;

/** Take one slot out of use (an equipment fault for one hour, say), with the reason staff give. */
public record BlockSlot(SlotId slot, String reason, StaffActor by) {
    public BlockSlot {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(by, "by");
    }
}
