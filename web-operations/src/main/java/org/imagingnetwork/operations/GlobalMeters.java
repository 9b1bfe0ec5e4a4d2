package org.imagingnetwork.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;

/**
 * Joins this instance's Prometheus registry to Micrometer's global one, where the core and the
 * optimizer register their meters (bookings, booking latency, holds, offers, optimiser runs), so
 * {@code /prometheus} shows them beside Micronaut's own.
 */
@Context
class GlobalMeters {

    private final MeterRegistry registry;

    GlobalMeters(MeterRegistry registry) {
        this.registry = registry;
        Metrics.addRegistry(registry);
    }

    @PreDestroy
    void leave() {
        Metrics.removeRegistry(registry);
    }
}
