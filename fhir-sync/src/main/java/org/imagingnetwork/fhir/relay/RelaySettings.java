package org.imagingnetwork.fhir.relay;

import java.time.Duration;

/**
 * How the relay runs. {@code maxAttempts} is how many failed tries park a row for staff;
 * {@code breakerThreshold} failures in a row open a trust's breaker for {@code breakerOpenFor}.
 */
public record RelaySettings(
        int workers,
        int batchSize,
        Duration pollInterval,
        int maxAttempts,
        Duration backoffBase,
        Duration backoffCap,
        int breakerThreshold,
        Duration breakerOpenFor,
        Duration connectTimeout,
        Duration readTimeout) {

    public RelaySettings {
        if (workers < 1 || batchSize < 1 || maxAttempts < 1 || breakerThreshold < 1) {
            throw new IllegalArgumentException(
                    "workers, batchSize, maxAttempts and breakerThreshold must be at least 1");
        }
        if (backoffBase.isNegative() || backoffCap.compareTo(backoffBase) < 0) {
            throw new IllegalArgumentException("backoffCap must be at least backoffBase");
        }
    }

    /** What production starts with: patient for a RIS that is down for a while, quick when it is well. */
    public static RelaySettings defaults() {
        // 16 rows a batch spreads the claim, load, update and commit over enough writes that the
        // database round trips cost little next to the HTTP ones.
        return new RelaySettings(
                4,
                16,
                Duration.ofMillis(100),
                12,
                Duration.ofSeconds(1),
                Duration.ofMinutes(10),
                5,
                Duration.ofSeconds(30),
                Duration.ofSeconds(3),
                Duration.ofSeconds(10));
    }

    public RelaySettings withWorkers(int value) {
        return new RelaySettings(
                value,
                batchSize,
                pollInterval,
                maxAttempts,
                backoffBase,
                backoffCap,
                breakerThreshold,
                breakerOpenFor,
                connectTimeout,
                readTimeout);
    }

    public RelaySettings withRetries(int attempts, Duration base, Duration cap) {
        return new RelaySettings(
                workers,
                batchSize,
                pollInterval,
                attempts,
                base,
                cap,
                breakerThreshold,
                breakerOpenFor,
                connectTimeout,
                readTimeout);
    }

    public RelaySettings withBreaker(int threshold, Duration openFor) {
        return new RelaySettings(
                workers,
                batchSize,
                pollInterval,
                maxAttempts,
                backoffBase,
                backoffCap,
                threshold,
                openFor,
                connectTimeout,
                readTimeout);
    }

    public RelaySettings withTimeouts(Duration connect, Duration read) {
        return new RelaySettings(
                workers,
                batchSize,
                pollInterval,
                maxAttempts,
                backoffBase,
                backoffCap,
                breakerThreshold,
                breakerOpenFor,
                connect,
                read);
    }

    public RelaySettings withPolling(int batch, Duration interval) {
        return new RelaySettings(
                workers,
                batch,
                interval,
                maxAttempts,
                backoffBase,
                backoffCap,
                breakerThreshold,
                breakerOpenFor,
                connectTimeout,
                readTimeout);
    }
}
