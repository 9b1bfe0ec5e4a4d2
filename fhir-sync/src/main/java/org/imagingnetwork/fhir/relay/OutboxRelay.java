package org.imagingnetwork.fhir.relay;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox to the trusts' RIS. Each worker claims a few due rows in one statement
 * ({@code FOR UPDATE SKIP LOCKED}) that leases them to it for {@link RelaySettings#lease()}, writes
 * them to the RIS holding no database connection, then records the outcomes in one more statement,
 * only on rows it still holds the lease on. Under a backlog the next batch is claimed, and the last
 * one recorded, while a batch is written. No other relay instance takes a leased row, and no RIS
 * request starts unless it can end before the lease does, so two relays never deliver the same row
 * at the same time. If the process dies mid-delivery, its lease runs out and the rows are due again;
 * the idempotent writes make the second delivery harmless.
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final Jdbi jdbi;
    private final OutboxRepository outbox;
    private final RisWriter writer;
    private final RelaySettings settings;
    private final CircuitBreakers breakers;
    private final Backoff backoff;
    private final RelayMeters meters = new RelayMeters();
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
        this.backoff = new Backoff(settings.backoffBase(), settings.backoffCap());
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

    /**
     * One worker: writes batch after batch to the RIS. Its own database thread claims the next batch
     * while this one is written (when this one was full, so there is a backlog) and records this
     * one's outcomes while the next is written, so the RIS requests never wait on the database.
     * That thread runs the worker's statements one at a time and in order (this batch's outcomes
     * before the claim after them) on one connection at most.
     */
    private void work() {
        ExecutorService database = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "outbox-relay-db");
            thread.setDaemon(true);
            return thread;
        });
        CompletableFuture<Batch> next = null;
        try {
            while (running) {
                CompletableFuture<Batch> claiming =
                        next != null ? next : CompletableFuture.supplyAsync(this::claim, database);
                next = null;
                try {
                    Batch batch = claiming.join();
                    if (batch.deliveries().isEmpty()) {
                        pause(settings.pollInterval());
                        continue;
                    }
                    if (batch.deliveries().size() == settings.batchSize()) {
                        next = CompletableFuture.supplyAsync(this::claim, database);
                    }
                    List<Settled> outcomes = write(batch);
                    database.execute(() -> record(batch, outcomes));
                } catch (RuntimeException e) {
                    // The database itself is unreachable: what was not recorded stays due (after the
                    // lease), and the writes are safe to repeat.
                    log.warn("Outbox batch failed; retrying shortly: {}", e.toString());
                    pause(settings.pollInterval().multipliedBy(10));
                }
            }
        } finally {
            handBack(next, database);
            database.shutdown();
            try {
                database.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Leases up to a batch of due rows in one statement, which needs no transaction of its own. */
    private Batch claim() {
        // The lease is timed from before the claim, so it ends here no later than in the database.
        Instant claimedAt = clock.instant();
        UUID lease = UUID.randomUUID();
        List<Delivery> claimed = jdbi.withHandle(handle ->
                outbox.claim(handle, settings.batchSize(), claimedAt, breakers.open(), lease, settings.lease()));
        return new Batch(lease, claimedAt.plus(settings.lease()), claimed);
    }

    /** Writes a batch row by row and says what became of each. */
    private List<Settled> write(Batch batch) {
        List<Settled> outcomes = new ArrayList<>(batch.deliveries().size());
        for (Delivery delivery : batch.deliveries()) {
            OutboxRow row = delivery.row();
            // A breaker that opened during this batch (or the one before it), or a lease too short for
            // another row, hands the remaining rows back at once rather than leaving them leased.
            if (!breakers.allows(row.trust())
                    || clock.instant().plus(settings.requestLimit()).isAfter(batch.leaseEnds())) {
                outcomes.add(new Settled.Released(row));
            } else {
                outcomes.add(deliver(delivery, batch.leaseEnds()));
            }
        }
        return outcomes;
    }

    /** Records a batch's outcomes in one statement, only on rows its lease still holds. */
    private void record(Batch batch, List<Settled> outcomes) {
        try {
            int recorded = jdbi.withHandle(handle -> outbox.settle(handle, batch.lease(), outcomes, clock.instant()));
            if (recorded < outcomes.size()) {
                // Only a batch that outlived its lease gets here; the other relay's outcome stands.
                log.warn(
                        "Outbox lease {} ran out: {} of {} outcomes not recorded",
                        batch.lease(),
                        outcomes.size() - recorded,
                        outcomes.size());
            }
        } catch (RuntimeException e) {
            // Unrecorded rows stay leased until the lease runs out, then are due again; the writes are
            // safe to repeat.
            log.warn("Outbox lease {}: outcomes not recorded: {}", batch.lease(), e.toString());
        }
    }

    /** A batch claimed ahead but not written when the worker stops is handed back at once. */
    private void handBack(CompletableFuture<Batch> next, ExecutorService database) {
        if (next == null) {
            return;
        }
        try {
            Batch unwritten = next.join();
            List<Settled> released = unwritten.deliveries().stream()
                    .<Settled>map(delivery -> new Settled.Released(delivery.row()))
                    .toList();
            if (!released.isEmpty()) {
                database.execute(() -> record(unwritten, released));
            }
        } catch (RuntimeException e) {
            // The claim itself failed: nothing was leased.
        }
    }

    /** Writes one row to its RIS and says what to record: delivered, due again later, or parked. */
    private Settled deliver(Delivery loaded, Instant leaseEnds) {
        OutboxRow row = loaded.row();
        WriteResult result;
        try {
            result = writer.write(loaded.to(addresses.of(row.trust(), loaded.risBaseUrl())), leaseEnds);
        } catch (IllegalArgumentException e) {
            // Our own data cannot be mapped (it broke a domain rule after it was written): park it.
            result = new WriteResult.Refused("Cannot map the change: " + e.getMessage());
        } catch (RuntimeException e) {
            // Anything else unforeseen counts as a failed attempt, so the row is parked in the end
            // rather than retried for ever behind a lease that keeps running out.
            log.warn("Outbox row {} for {} failed unexpectedly", row.id(), row.trust(), e);
            result = new WriteResult.TryLater("Unexpected failure: " + e, false);
        }
        if (result instanceof WriteResult.Written) {
            breakers.of(row.trust()).succeeded();
            meters.delivered(row, clock.instant());
            return new Settled.Delivered(row);
        }
        if (result instanceof WriteResult.TryLater later) {
            if (later.risFault()) {
                breakers.failed(row.trust());
            }
            if (row.attempts() + 1 >= settings.maxAttempts()) {
                log.warn("Outbox row {} for {} parked after {} attempts", row.id(), row.trust(), row.attempts() + 1);
                meters.settled(row, "parked");
                return new Settled.Parked(row, later.reason());
            }
            meters.settled(row, "retry");
            return new Settled.DueAgain(row, clock.instant().plus(backoff.after(row.attempts() + 1)), later.reason());
        }
        WriteResult.Refused refused = (WriteResult.Refused) result;
        log.warn("Outbox row {} for {} refused by the RIS and parked", row.id(), row.trust());
        meters.settled(row, "parked");
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

    /** Whether the workers are claiming: from {@link #start} until {@link #close}. */
    public boolean running() {
        return running;
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

    /** Rows leased to one worker until {@code leaseEnds}. */
    private record Batch(UUID lease, Instant leaseEnds, List<Delivery> deliveries) {}
}
