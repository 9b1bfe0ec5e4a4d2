package org.imagingnetwork.fhir.relay;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: the n-th retry waits between half and all of
 * {@code base × 2^(n-1)}, capped, so relays retrying a recovered RIS do not arrive all at once.
 */
final class Backoff {

    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;

    Backoff(Duration base, Duration cap, RandomGenerator random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    Duration after(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        long full = Math.min(cap.toMillis(), base.toMillis() << doublings);
        long half = full / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }
}
