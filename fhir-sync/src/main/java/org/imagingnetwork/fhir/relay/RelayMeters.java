package org.imagingnetwork.fhir.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;

/**
 * What the relay's writes come to, in Micrometer's global registry: {@code relay.writes} by trust
 * and outcome (delivered, retry, parked) and {@code relay.sync.lag}, the time from a change being
 * made in the network to its reaching the trust's RIS.
 */
final class RelayMeters {

    void delivered(OutboxRow row, Instant at) {
        settled(row, "delivered");
        Timer.builder("relay.sync.lag")
                .description("From a change in the network to its write to the trust's RIS")
                .tag("trust", row.trust().value())
                .publishPercentiles(0.5, 0.99)
                .register(Metrics.globalRegistry)
                .record(Duration.between(row.createdAt(), at));
    }

    void settled(OutboxRow row, String outcome) {
        Counter.builder("relay.writes")
                .description("Writes to the trusts' RIS by outcome")
                .tag("trust", row.trust().value())
                .tag("outcome", outcome)
                .register(Metrics.globalRegistry)
                .increment();
    }
}
