package org.imagingnetwork.core.hold;

import java.time.Duration;
import java.util.Optional;
import org.imagingnetwork.core.diary.SlotId;

/** Short holds on slots while a patient or staff member confirms. */
public interface SlotHolds {

    /**
     * Holds the slot for this token. A token holds one slot at a time: holding another releases the
     * one it held before, so someone who goes back and picks a different time does not keep the
     * first from everyone else until the hold runs out.
     */
    HoldOutcome hold(SlotId slot, HoldToken token, Duration ttl);

    /** Releases the hold if, and only if, this token holds it. */
    void release(SlotId slot, HoldToken token);

    /**
     * Whether a booking with this token (or none) may go ahead as far as holds are concerned:
     * true when no one else holds the slot, or when holds cannot be checked because Redis is down.
     */
    boolean permits(SlotId slot, Optional<HoldToken> token);
}
