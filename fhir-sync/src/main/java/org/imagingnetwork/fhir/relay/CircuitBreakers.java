package org.imagingnetwork.fhir.relay;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.imagingnetwork.core.network.OdsCode;

/**
 * A breaker per trust, made on first use, in one resilience4j registry whose state, call and
 * failure-rate metrics go to Micrometer's global registry (the apps publish it for Prometheus).
 */
final class CircuitBreakers {

    private final Map<OdsCode, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
    private final int threshold;
    private final Duration openFor;
    private final Clock clock;

    CircuitBreakers(int threshold, Duration openFor, Clock clock) {
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(Metrics.globalRegistry);
    }

    CircuitBreaker of(OdsCode trust) {
        return breakers.computeIfAbsent(trust, t -> new CircuitBreaker(registry, t.value(), threshold, openFor));
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
