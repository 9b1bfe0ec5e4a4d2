package org.imagingnetwork.fhir.relay;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox to the trusts' RIS. Each worker claims a few due rows with
 * {@code FOR UPDATE SKIP LOCKED} and keeps them locked while it writes them, so no other relay
 * instance can deliver the same row at the same time; the row's outcome commits with the claim.
 * If the process dies mid-delivery, its transaction rolls back and the rows are due again; the
 * idempotent writes make the second delivery harmless.
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final Jdbi jdbi;
    private final OutboxRepository outbox;
    private final RisWriter writer;
    private final RelaySettings settings;
    private final CircuitBreakers breakers;
    private final Backoff backoff;
    private final Clock clock;
    private final RisAddresses addresses;
    private final ExecutorService workers;
    private volatile boolean running;

    public OutboxRelay(Jdbi jdbi, FhirContext fhir, RelaySettings settings, Clock clock) {
        this(jdbi, fhir, settings, RisAddresses.asRegistered(), clock);
    }

    public OutboxRelay(Jdbi jdbi, FhirContext fhir, RelaySettings settings, RisAddresses addresses, Clock clock) {
        this.jdbi = jdbi;
        this.addresses = addresses;
        this.outbox = new OutboxRepository(jdbi);
        this.writer = new RisWriter(new RisClients(fhir, settings));
        this.settings = settings;
        this.breakers = new CircuitBreakers(settings.breakerThreshold(), settings.breakerOpenFor(), clock);
        this.backoff = new Backoff(settings.backoffBase(), settings.backoffCap(), RandomGenerator.getDefault());
        this.clock = clock;
        this.workers = Executors.newFixedThreadPool(settings.workers(), r -> {
            Thread thread = new Thread(r, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
    }

    public void start() {
        running = true;
        for (int i = 0; i < settings.workers(); i++) {
            workers.submit(this::work);
        }
    }

    /** Claims and delivers one batch; returns how many rows it handled. Workers call this in a loop. */
    public int deliverBatch() {
        return jdbi.inTransaction(handle -> {
            List<OutboxRow> rows = outbox.claim(handle, settings.batchSize(), clock.instant(), breakers.open());
            if (rows.isEmpty()) {
                return 0;
            }
            Map<Long, Delivery> deliveries = outbox.load(handle, rows);
            List<OutboxRow> delivered = new ArrayList<>();
            int handled = 0;
            for (OutboxRow row : rows) {
                // A breaker that opened during this batch leaves the trust's remaining rows for later.
                if (breakers.allows(row.trust())) {
                    if (deliver(handle, row, deliveries.get(row.id()))) {
                        delivered.add(row);
                    }
                    handled++;
                }
            }
            outbox.delivered(handle, delivered, clock.instant());
            return handled;
        });
    }

    private void work() {
        while (running) {
            try {
                if (deliverBatch() == 0) {
                    pause(settings.pollInterval());
                }
            } catch (RuntimeException e) {
                // The database itself is unreachable or the transaction failed: nothing was recorded,
                // the rows stay due, and we try again shortly.
                log.warn("Outbox batch failed; retrying shortly: {}", e.toString());
                pause(settings.pollInterval().multipliedBy(10));
            }
        }
    }

    /** Writes one row to its RIS; true when delivered, otherwise the row is rescheduled or parked here. */
    private boolean deliver(Handle handle, OutboxRow row, Delivery loaded) {
        WriteResult result;
        try {
            result = writer.write(new Delivery(
                    row, addresses.of(row.trust(), loaded.risBaseUrl()), loaded.appointment(), loaded.slot()));
        } catch (IllegalArgumentException e) {
            // Our own data cannot be mapped (it broke a domain rule after it was written): park it.
            result = new WriteResult.Refused("Cannot map the appointment: " + e.getMessage());
        }
        if (result instanceof WriteResult.Written) {
            breakers.of(row.trust()).succeeded();
            return true;
        }
        if (result instanceof WriteResult.TryLater later) {
            if (later.risFault()) {
                breakers.failed(row.trust());
            }
            if (row.attempts() + 1 >= settings.maxAttempts()) {
                outbox.park(handle, row, later.reason());
                log.warn("Outbox row {} for {} parked after {} attempts", row.id(), row.trust(), row.attempts() + 1);
            } else {
                outbox.retryLater(handle, row, clock.instant().plus(backoff.after(row.attempts() + 1)), later.reason());
            }
        } else if (result instanceof WriteResult.Refused refused) {
            outbox.park(handle, row, refused.reason());
            log.warn("Outbox row {} for {} refused by the RIS and parked", row.id(), row.trust());
        }
        return false;
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops claiming; rows being delivered finish, anything unfinished stays due. */
    @Override
    public void close() {
        running = false;
        workers.shutdown();
        try {
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
