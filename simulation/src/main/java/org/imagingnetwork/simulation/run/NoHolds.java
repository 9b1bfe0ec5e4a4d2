package org.imagingnetwork.simulation.run;

import java.time.Duration;
import java.util.Optional;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.hold.HoldOutcome;
import org.imagingnetwork.core.hold.HoldToken;
import org.imagingnetwork.core.hold.SlotHolds;

/**
 * Simulated patients confirm the moment they choose, so nobody holds a slot while deciding; the
 * booking service then decides on PostgreSQL alone, as it does when Redis is down.
 */
final class NoHolds implements SlotHolds {

    @Override
    public HoldOutcome hold(SlotId slot, HoldToken token, Duration ttl) {
        throw new UnsupportedOperationException("simulated patients do not hold slots");
    }

    @Override
    public void release(SlotId slot, HoldToken token) {
        // Nothing is held.
    }

    @Override
    public boolean permits(SlotId slot, Optional<HoldToken> token) {
        return true;
    }
}
