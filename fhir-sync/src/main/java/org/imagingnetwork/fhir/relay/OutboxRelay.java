package org.imagingnetwork.fhir.relay;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox to the trusts' RIS. Each worker claims a few due rows in a short transaction
 * ({@code FOR UPDATE SKIP LOCKED}) that leases them to it for {@link RelaySettings#lease()}, writes
 * them to the RIS holding no database connection, then records each outcome in a second short
 * transaction, only while it still holds the lease. No other relay instance takes a leased row, and
 * no RIS request starts unless it can end before the lease does, so two relays never deliver the
 * same row at the same time. If the process dies mid-delivery, its lease runs out and the rows are
 * due again; the idempotent writes make the second delivery harmless.
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
        this.writer = new RisWriter(new RisClients(fhir, settings), settings.requestLimit(), clock);
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

    /** Claims and delivers one batch; returns how many rows it tried to write. Workers call this in a loop. */
    public int deliverBatch() {
        // The lease is timed from before the claim, so it ends here no later than in the database.
        Instant claimedAt = clock.instant();
        Instant leaseEnds = claimedAt.plus(settings.lease());
        UUID lease = UUID.randomUUID();
        // One statement, so it needs no transaction of its own: the lease is taken and committed at once.
        List<Delivery> claimed = jdbi.withHandle(handle ->
                outbox.claim(handle, settings.batchSize(), claimedAt, breakers.open(), lease, settings.lease()));
        if (claimed.isEmpty()) {
            return 0;
        }
        List<Settled> outcomes = new ArrayList<>();
        int tried = 0;
        for (Delivery delivery : claimed) {
            OutboxRow row = delivery.row();
            // A breaker that opened during this batch, or a lease too short for another row, hands the
            // remaining rows back at once rather than leaving them leased.
            if (!breakers.allows(row.trust())
                    || clock.instant().plus(settings.requestLimit()).isAfter(leaseEnds)) {
                outcomes.add(new Settled.Released(row));
            } else {
                outcomes.add(deliver(delivery, leaseEnds));
                tried++;
            }
        }
        // One statement for the whole batch, so it needs no transaction of its own either.
        int recorded = jdbi.withHandle(handle -> outbox.settle(handle, lease, outcomes, clock.instant()));
        if (recorded < outcomes.size()) {
            // Only a batch that outlived its lease gets here; the other relay's outcome stands.
            log.warn(
                    "Outbox lease {} ran out: {} of {} outcomes not recorded",
                    lease,
                    outcomes.size() - recorded,
                    outcomes.size());
        }
        return tried;
    }

    private void work() {
        while (running) {
            try {
                if (deliverBatch() == 0) {
                    pause(settings.pollInterval());
                }
            } catch (RuntimeException e) {
                // The database itself is unreachable or a transaction failed: what was not recorded
                // stays due (after the lease), and the writes are safe to repeat.
                log.warn("Outbox batch failed; retrying shortly: {}", e.toString());
                pause(settings.pollInterval().multipliedBy(10));
            }
        }
    }

    /** Writes one row to its RIS and says what to record: delivered, due again later, or parked. */
    private Settled deliver(Delivery loaded, Instant leaseEnds) {
        OutboxRow row = loaded.row();
        WriteResult result;
        try {
            result = writer.write(
                    new Delivery(
                            row, addresses.of(row.trust(), loaded.risBaseUrl()), loaded.appointment(), loaded.slot()),
                    leaseEnds);
        } catch (IllegalArgumentException e) {
            // Our own data cannot be mapped (it broke a domain rule after it was written): park it.
            result = new WriteResult.Refused("Cannot map the appointment: " + e.getMessage());
        } catch (RuntimeException e) {
            // Anything else unforeseen counts as a failed attempt, so the row is parked in the end
            // rather than retried for ever behind a lease that keeps running out.
            log.warn("Outbox row {} for {} failed unexpectedly", row.id(), row.trust(), e);
            result = new WriteResult.TryLater("Unexpected failure: " + e, false);
        }
        if (result instanceof WriteResult.Written) {
            breakers.of(row.trust()).succeeded();
            return new Settled.Delivered(row);
        }
        if (result instanceof WriteResult.TryLater later) {
            if (later.risFault()) {
                breakers.failed(row.trust());
            }
            if (row.attempts() + 1 >= settings.maxAttempts()) {
                log.warn("Outbox row {} for {} parked after {} attempts", row.id(), row.trust(), row.attempts() + 1);
                return new Settled.Parked(row, later.reason());
            }
            return new Settled.DueAgain(row, clock.instant().plus(backoff.after(row.attempts() + 1)), later.reason());
        }
        WriteResult.Refused refused = (WriteResult.Refused) result;
        log.warn("Outbox row {} for {} refused by the RIS and parked", row.id(), row.trust());
        return new Settled.Parked(row, refused.reason());
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
