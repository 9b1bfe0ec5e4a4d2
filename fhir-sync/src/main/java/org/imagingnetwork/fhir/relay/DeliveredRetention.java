package org.imagingnetwork.fhir.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.imagingnetwork.core.operations.EnvironmentVariables;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes delivered outbox rows once they are older than the retention period. A delivered row is
 * needed only while a later change of the same appointment or slot might wait on it and as a record
 * for a while after; kept for ever, the table and its indexes would grow with every change the
 * network ever made. Every relay instance purges every hour; they skip each other's rows.
 */
public final class DeliveredRetention implements AutoCloseable {

    /** Rows deleted in one statement: a short transaction that holds few locks. */
    private static final int BATCH = 5_000;

    private static final Logger log = LoggerFactory.getLogger(DeliveredRetention.class);

    private final OutboxRepository outbox;
    private final Duration keep;
    private final int batch;
    private final Clock clock;
    private final Counter deleted;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "outbox-retention");
        thread.setDaemon(true);
        return thread;
    });

    DeliveredRetention(Jdbi jdbi, Duration keep, int batch, Clock clock, MeterRegistry meters) {
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("The retention of delivered outbox rows must be positive: " + keep);
        }
        this.outbox = new OutboxRepository(jdbi);
        this.keep = keep;
        this.batch = batch;
        this.clock = clock;
        this.deleted = Counter.builder("outbox.delivered.deleted")
                .description("Delivered outbox rows deleted after the retention period")
                .register(meters);
    }

    /**
     * Keeps delivered rows for RELAY_KEEP_DELIVERED_DAYS (30 by default: long enough to answer a
     * trust's question about last month's changes); purges a minute after start and then every hour.
     */
    public static DeliveredRetention start(Jdbi jdbi, EnvironmentVariables env, Clock clock, MeterRegistry meters) {
        DeliveredRetention retention = new DeliveredRetention(
                jdbi, Duration.ofDays(env.number("RELAY_KEEP_DELIVERED_DAYS", 30)), BATCH, clock, meters);
        retention.timer.scheduleWithFixedDelay(retention::purgeQuietly, 1, 60, TimeUnit.MINUTES);
        return retention;
    }

    /** Deletes every row delivered before the retention period began, batch by batch. */
    int purge() {
        int total = 0;
        int done;
        do {
            done = outbox.deleteDelivered(clock.instant().minus(keep), batch);
            total += done;
            deleted.increment(done);
        } while (done == batch);
        return total;
    }

    private void purgeQuietly() {
        try {
            int total = purge();
            if (total > 0) {
                log.info("Deleted {} outbox rows delivered more than {} days ago", total, keep.toDays());
            }
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next hour's purge takes these rows too.
            log.warn("Could not delete old delivered outbox rows: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
