package org.imagingnetwork.core.hold;

import java.time.Instant;

public sealed interface HoldOutcome {
    /** The slot is held for the holder until the given moment. */
    record Held(HoldToken token, Instant expiresAt) implements HoldOutcome {}

    /** Someone else holds it. */
    record HeldByAnother() implements HoldOutcome {}

    /**
     * Redis is unreachable: no hold was taken. The booking can still go ahead; PostgreSQL alone
     * decides who gets the slot, the holder only loses the courtesy of a reserved minute or two.
     */
    record HoldsUnavailable() implements HoldOutcome {}
}
