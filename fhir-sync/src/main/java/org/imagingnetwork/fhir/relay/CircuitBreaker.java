package org.imagingnetwork.fhir.relay;

import java.time.Duration;
import java.time.Instant;

/**
 * One trust's breaker. After {@code threshold} failures in a row it opens for {@code openFor}: the
 * relay claims none of that trust's rows, so a dead RIS costs the others nothing. When the time is
 * up, deliveries are tried again (half-open); one more failure opens it again at once, a success
 * closes it.
 */
final class CircuitBreaker {

    private final int threshold;
    private final Duration openFor;
    private int failuresInARow;
    private Instant openUntil = Instant.MIN;

    CircuitBreaker(int threshold, Duration openFor) {
        this.threshold = threshold;
        this.openFor = openFor;
    }

    synchronized boolean allows(Instant now) {
        return !now.isBefore(openUntil);
    }

    synchronized void succeeded() {
        failuresInARow = 0;
        openUntil = Instant.MIN;
    }

    synchronized void failed(Instant now) {
        failuresInARow++;
        if (failuresInARow >= threshold) {
            openUntil = now.plus(openFor);
        }
    }
}
