package org.imagingnetwork.fhir.relay;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.imagingnetwork.core.network.OdsCode;

/** A breaker per trust, made on first use. */
final class CircuitBreakers {

    private final Map<OdsCode, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final int threshold;
    private final Duration openFor;
    private final Clock clock;

    CircuitBreakers(int threshold, Duration openFor, Clock clock) {
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    CircuitBreaker of(OdsCode trust) {
        return breakers.computeIfAbsent(trust, t -> new CircuitBreaker(threshold, openFor));
    }

    boolean allows(OdsCode trust) {
        return of(trust).allows(clock.instant());
    }

    void failed(OdsCode trust) {
        of(trust).failed(clock.instant());
    }

    /** Trusts whose RIS is resting: their rows are left for later. */
    List<String> open() {
        return breakers.entrySet().stream()
                .filter(e -> !e.getValue().allows(clock.instant()))
                .map(e -> e.getKey().value())
                .toList();
    }
}
