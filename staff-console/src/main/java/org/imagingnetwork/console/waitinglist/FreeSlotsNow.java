package org.imagingnetwork.console.waitinglist;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The earliest free slot for each exam at each site, worked out once a minute in the background
 * rather than in a request: finding it means reading every free slot in the network, which a
 * page that must answer in well under a second cannot afford, while a minute-old answer is good
 * enough to say which patients have nothing before their breach date. The page says how old it is.
 */
@Singleton
final class FreeSlotsNow {

    record Snapshot(SitesWithFreeSlot sites, Instant takenAt) {}

    private final WorklistQueries queries;
    private final Clock clock;
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();

    FreeSlotsNow(WorklistQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The latest snapshot; the first request after start-up waits for one. */
    Snapshot get() {
        Snapshot snapshot = latest.get();
        return snapshot != null ? snapshot : refresh();
    }

    @Scheduled(fixedDelay = "60s", initialDelay = "60s")
    Snapshot refresh() {
        Instant now = clock.instant();
        Snapshot snapshot = new Snapshot(SitesWithFreeSlot.of(queries.earliestFree(now)), now);
        latest.set(snapshot);
        return snapshot;
    }
}
