package org.imagingnetwork.fhir.relay;

import java.time.Duration;
import org.imagingnetwork.core.operations.EnvironmentVariables;

/**
 * How the relay runs. {@code maxAttempts} is how many failed tries park a row for staff;
 * {@code breakerThreshold} failures in a row open a trust's breaker for {@code breakerOpenFor};
 * {@code lease} is how long a claimed batch is kept from other relay instances while it is written.
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
        Duration readTimeout,
        Duration lease) {

    public RelaySettings {
        if (workers < 1 || batchSize < 1 || maxAttempts < 1 || breakerThreshold < 1) {
            throw new IllegalArgumentException(
                    "workers, batchSize, maxAttempts and breakerThreshold must be at least 1");
        }
        if (backoffBase.isNegative() || backoffCap.compareTo(backoffBase) < 0) {
            throw new IllegalArgumentException("backoffCap must be at least backoffBase");
        }
        // The fields are not set yet inside the compact constructor: compute from the parameters.
        Duration oneRequest = connectTimeout.multipliedBy(2).plus(readTimeout);
        if (lease.compareTo(oneRequest.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException(
                    "lease must be at least twice the longest one RIS request may take (" + oneRequest + ")");
        }
    }

    /**
     * The longest one request to a RIS may take: waiting for a pooled connection and connecting
     * (each bounded by the connect timeout), then the read timeout.
     */
    public Duration requestLimit() {
        return connectTimeout.multipliedBy(2).plus(readTimeout);
    }

    /**
     * What production starts with: patient for a RIS that is down for a while, quick when it is well.
     * A claimed batch is leased for two minutes: long enough for several slow rows, short enough
     * that the rows of a relay that died are taken up again soon after.
     */
    public static RelaySettings defaults() {
        // 16 rows a batch spreads the claim, load, update and commits over enough writes that the
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
                Duration.ofSeconds(10),
                Duration.ofMinutes(2));
    }

    /**
     * The defaults with what the environment sets: RELAY_WORKERS, RELAY_LEASE_SECONDS,
     * RIS_CONNECT_TIMEOUT_MS and RIS_READ_TIMEOUT_MS.
     */
    public static RelaySettings fromEnvironment(EnvironmentVariables env) {
        RelaySettings defaults = defaults();
        return defaults.withWorkers(env.number("RELAY_WORKERS", defaults.workers()))
                .withTimeouts(
                        Duration.ofMillis(env.number("RIS_CONNECT_TIMEOUT_MS", (int)
                                defaults.connectTimeout().toMillis())),
                        Duration.ofMillis(env.number("RIS_READ_TIMEOUT_MS", (int)
                                defaults.readTimeout().toMillis())))
                .withLease(Duration.ofSeconds(
                        env.number("RELAY_LEASE_SECONDS", (int) defaults.lease().toSeconds())));
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
                readTimeout,
                lease);
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
                readTimeout,
                lease);
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
                readTimeout,
                lease);
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
                read,
                lease);
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
                readTimeout,
                lease);
    }

    public RelaySettings withLease(Duration value) {
        return new RelaySettings(
                workers,
                batchSize,
                pollInterval,
                maxAttempts,
                backoffBase,
                backoffCap,
                breakerThreshold,
                breakerOpenFor,
                connectTimeout,
                readTimeout,
                value);
    }
}
