package org.imagingnetwork.fhir.relay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox still to deliver, per trust, read every little while by one query and kept for the
 * health answer and for Prometheus' gauges: {@code outbox.pending}, {@code outbox.oldest.pending.age}
 * (seconds the oldest undelivered change has waited: how far the trust's RIS lags behind) and
 * {@code outbox.parked}, each tagged with the trust. A scrape reads what was last read, so scrapes
 * cost the database nothing.
 */
public final class RelayBacklog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RelayBacklog.class);

    /** One trust's undelivered changes. */
    public record TrustBacklog(String trust, long pending, Optional<Instant> oldestPending, long parked) {}

    /** The whole network's, for the health answer. */
    public record Totals(long pending, long parked, long oldestPendingSeconds) {}

    private final OutboxRepository outbox;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Set<String> gauged = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "relay-backlog");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Map<String, TrustBacklog> latest = Map.of();

    private RelayBacklog(Jdbi jdbi, MeterRegistry meters, Clock clock) {
        this.outbox = new OutboxRepository(jdbi);
        this.meters = meters;
        this.clock = clock;
    }

    /** Reads the backlog now and then every 15 seconds, a common Prometheus scrape interval. */
    public static RelayBacklog start(Jdbi jdbi, MeterRegistry meters, Clock clock) {
        RelayBacklog backlog = new RelayBacklog(jdbi, meters, clock);
        backlog.refresh();
        backlog.timer.scheduleWithFixedDelay(backlog::refreshQuietly, 15, 15, TimeUnit.SECONDS);
        return backlog;
    }

    public Totals totals() {
        Instant now = clock.instant();
        return new Totals(
                latest.values().stream().mapToLong(TrustBacklog::pending).sum(),
                latest.values().stream().mapToLong(TrustBacklog::parked).sum(),
                latest.values().stream()
                        .mapToLong(b -> ageSeconds(b, now))
                        .max()
                        .orElse(0));
    }

    void refresh() {
        List<TrustBacklog> rows = outbox.backlogByTrust();
        latest = rows.stream().collect(Collectors.toUnmodifiableMap(TrustBacklog::trust, b -> b));
        rows.forEach(b -> gauge(b.trust()));
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The database may be away for a moment; the gauges keep their last reading till the next try.
            log.warn("Could not read the outbox backlog: {}", e.toString());
        }
    }

    /** A trust's gauges, made the first time it has a backlog; they read zero once it has none. */
    private void gauge(String trust) {
        if (!gauged.add(trust)) {
            return;
        }
        register("outbox.pending", "Changes still to deliver to the trust's RIS", trust, b -> b.pending());
        register("outbox.parked", "Changes parked for staff after failing", trust, b -> b.parked());
        Gauge.builder("outbox.oldest.pending.age", this, r -> r.ageOf(trust))
                .description("Seconds the oldest change still to deliver has waited")
                .baseUnit("seconds")
                .tag("trust", trust)
                .register(meters);
    }

    private void register(String name, String description, String trust, ToDoubleFunction<TrustBacklog> value) {
        Gauge.builder(
                        name,
                        this,
                        r -> Optional.ofNullable(r.latest.get(trust))
                                .map(value::applyAsDouble)
                                .orElse(0.0))
                .description(description)
                .tag("trust", trust)
                .register(meters);
    }

    private double ageOf(String trust) {
        return Optional.ofNullable(latest.get(trust))
                .map(b -> (double) ageSeconds(b, clock.instant()))
                .orElse(0.0);
    }

    private static long ageSeconds(TrustBacklog backlog, Instant now) {
        return backlog.oldestPending()
                .map(t -> Math.max(0, Duration.between(t, now).toSeconds()))
                .orElse(0L);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
