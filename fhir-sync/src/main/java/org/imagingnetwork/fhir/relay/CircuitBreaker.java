package org.imagingnetwork.fhir.relay;

import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

/**
 * One trust's breaker: a resilience4j {@code CircuitBreaker} over the trust's last
 * {@code threshold} RIS calls. When all of them failed (that many failures in a row) it opens for
 * {@code openFor}: the relay claims none of that trust's rows, so a dead RIS costs the others
 * nothing. When the time is up, deliveries are tried again (half-open, one trial); a failure opens
 * it again at once, a success closes it. Time is the relay's: each call passes its clock's instant.
 */
final class CircuitBreaker {

    private static final RuntimeException RIS_FAULT = new IllegalStateException("the RIS failed") {
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    };

    private final CallTime time = new CallTime();
    private final io.github.resilience4j.circuitbreaker.CircuitBreaker breaker;

    CircuitBreaker(int threshold, Duration openFor) {
        this(CircuitBreakerRegistry.ofDefaults(), "ris", threshold, openFor);
    }

    /** Registered by name, so the registry's metrics (state, calls, failure rate) name the trust. */
    CircuitBreaker(CircuitBreakerRegistry registry, String name, int threshold, Duration openFor) {
        this.breaker = registry.circuitBreaker(
                name,
                CircuitBreakerConfig.custom()
                        .slidingWindowType(SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(threshold)
                        .minimumNumberOfCalls(threshold)
                        .failureRateThreshold(100)
                        .permittedNumberOfCallsInHalfOpenState(1)
                        // resilience4j tries again strictly after its wait; the relay from openFor on.
                        .waitDurationInOpenState(openFor.minusNanos(1))
                        .clock(time)
                        .build());
    }

    synchronized boolean allows(Instant now) {
        time.now = now;
        if (breaker.getState() != State.OPEN) {
            return true;
        }
        // Past its rest the breaker turns half-open and grants a trial; this only asks, so the
        // permission goes straight back and the row's outcome is what counts.
        if (breaker.tryAcquirePermission()) {
            breaker.releasePermission();
            return true;
        }
        return false;
    }

    synchronized void succeeded() {
        breaker.onSuccess(0, TimeUnit.NANOSECONDS);
    }

    synchronized void failed(Instant now) {
        time.now = now;
        breaker.onError(0, TimeUnit.NANOSECONDS, RIS_FAULT);
    }

    /** The instant of the call being handled: resilience4j reads it when it opens and when it checks the rest. */
    private static final class CallTime extends Clock {
        private Instant now = Instant.EPOCH;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
