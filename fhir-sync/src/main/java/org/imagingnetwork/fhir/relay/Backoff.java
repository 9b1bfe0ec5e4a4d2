package org.imagingnetwork.fhir.relay;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;

/**
 * Exponential backoff with jitter, resilience4j's: the n-th retry waits between half and all of
 * {@code base × 2^(n-1)}, so relays retrying a recovered RIS do not arrive all at once, and never
 * longer than the cap (resilience4j caps after spreading, so retries that far out wait the cap). The
 * tries themselves are not resilience4j's {@code Retry} loop: a row's attempts are counted in the
 * outbox, so a retry survives a restart and any relay instance may make it.
 */
final class Backoff {

    // resilience4j spreads each wait by a factor either side of its middle: a middle of three
    // quarters and a third either side give the band from half to all of the doubled wait.
    private static final double THREE_QUARTERS = 0.75;
    private static final double A_THIRD = 1.0 / 3;

    private final IntervalFunction interval;

    Backoff(Duration base, Duration cap) {
        this.interval = IntervalFunction.ofExponentialRandomBackoff(scaled(base), 2.0, A_THIRD, cap);
    }

    Duration after(int attempts) {
        return Duration.ofMillis(interval.apply(Math.max(1, attempts)));
    }

    private static Duration scaled(Duration wait) {
        return Duration.ofMillis(Math.round(wait.toMillis() * THREE_QUARTERS));
    }
}
