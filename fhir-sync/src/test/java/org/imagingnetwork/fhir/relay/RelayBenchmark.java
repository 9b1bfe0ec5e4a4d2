package org.imagingnetwork.fhir.relay;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Slot;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.fhir.mapping.AppointmentMapper;
import org.imagingnetwork.fhir.mapping.SlotMapper;
import org.imagingnetwork.fhir.simulator.RisSimulator;
import org.imagingnetwork.fhir.support.OutboxDrain;
import org.imagingnetwork.fhir.support.SyncBookings;
import org.imagingnetwork.fhir.support.SyncDatabase;
import org.imagingnetwork.fhir.support.SyncNetwork;
import org.jdbi.v3.core.Jdbi;

/**
 * Measures, in one run against one RIS simulator: (1) relay throughput — an outbox of N fresh
 * bookings drained by the relay — against a bare HAPI client writing the same Appointment and Slot
 * pairs with the same conditional creates and the same number of threads, and (2) sync lag — the
 * time from a booking's commit until the RIS holds the appointment — for bookings arriving at a
 * steady rate while the relay runs. See docs/benchmarks.md for the command.
 */
public final class RelayBenchmark {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static final Clock CLOCK = Clock.systemUTC();

    public static void main(String[] args) throws Exception {
        int deliveries = Integer.parseInt(System.getProperty("deliveries", "2000"));
        int threads = Integer.parseInt(System.getProperty("threads", "4"));
        int lagBookings = Integer.parseInt(System.getProperty("lagBookings", "600"));
        int lagRatePerSecond = Integer.parseInt(System.getProperty("lagRate", "40"));

        Jdbi jdbi = SyncDatabase.get().jdbi();
        try (RisSimulator simulator = RisSimulator.start("127.0.0.1", 0, List.of("ZB1", "ZB2", "ZB3"), FHIR, CLOCK)) {
            Map<String, URI> ris = Map.of("ZB1", simulator.baseUrl("ZB1"), "ZB3", simulator.baseUrl("ZB3"));
            SyncNetwork network = SyncNetwork.create(
                    jdbi,
                    ris,
                    Math.max(deliveries * Integer.parseInt(System.getProperty("rounds", "3")), lagBookings) + 10);
            BookingService bookings = bookings(jdbi);
            RelaySettings settings = RelaySettings.defaults().withWorkers(threads);

            // Throughput, in rounds (the first warms the JIT, pools and caches): book N with no relay
            // running, so the outbox holds N due rows; the bare client writes the same resources to
            // a RIS that has none of them, then the relay drains the outbox.
            int rounds = Integer.parseInt(System.getProperty("rounds", "3"));
            List<RequestId> requests = network.waitingRequests("ZB1", deliveries * rounds);
            List<SlotId> slots = network.slots("ZB1");
            for (int round = 1; round <= rounds; round++) {
                for (int i = (round - 1) * deliveries; i < round * deliveries; i++) {
                    book(bookings, requests.get(i), slots.get(i));
                }
                List<Resource[]> pairs = resourcesOf(jdbi, deliveries);
                simulator.store("ZB2").clear();
                double bare =
                        bareClient(new RisClients(FHIR, settings).forBase(simulator.baseUrl("ZB2")), pairs, threads);
                double relay = relayDrain(jdbi, settings, deliveries);
                System.out.printf(
                        "THROUGHPUT round=%d/%d deliveries=%d threads=%d bare_hapi=%.1f/s relay=%.1f/s ratio=%.2f%n",
                        round, rounds, deliveries, threads, bare, relay, relay / bare);
            }

            // Lag: bookings at a steady rate while the relay runs.
            List<RequestId> lagRequests = network.waitingRequests("ZB3", lagBookings);
            List<SlotId> lagSlots = network.slots("ZB3");
            Map<String, Instant> committed = new HashMap<>();
            try (OutboxRelay running = new OutboxRelay(jdbi, FHIR, settings, CLOCK)) {
                running.start();
                long interval = 1_000_000_000L / lagRatePerSecond;
                long next = System.nanoTime();
                for (int i = 0; i < lagBookings; i++) {
                    while (System.nanoTime() < next) {
                        Thread.onSpinWait();
                    }
                    next += interval;
                    String id = book(bookings, lagRequests.get(i), lagSlots.get(i));
                    committed.put(id, Instant.now());
                }
                OutboxDrain.awaitEmptyOutbox(jdbi, Duration.ofMinutes(2), "ZB3");
            }
            List<Long> lags = new ArrayList<>();
            for (Resource resource : simulator.store("ZB3").search("Appointment", r -> true)) {
                Appointment held = (Appointment) resource;
                String id = held.getIdentifierFirstRep().getValue();
                Instant firstHeld = simulator
                        .store("ZB3")
                        .history("Appointment", held.getIdPart())
                        .get(0)
                        .getMeta()
                        .getLastUpdated()
                        .toInstant();
                lags.add(Duration.between(committed.get(id), firstHeld).toMillis());
            }
            Collections.sort(lags);
            System.out.printf(
                    "LAG bookings=%d rate=%d/s p50=%dms p95=%dms p99=%dms max=%dms%n",
                    lags.size(),
                    lagRatePerSecond,
                    pct(lags, 50),
                    pct(lags, 95),
                    pct(lags, 99),
                    lags.get(lags.size() - 1));
        }
        System.exit(0);
    }

    private static double bareClient(IGenericClient client, List<Resource[]> pairs, int threads)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < pairs.size(); i = next.getAndIncrement()) {
                    for (Resource resource : pairs.get(i)) {
                        String condition = resource.fhirType() + "?identifier="
                                + identifierOf(resource).getSystem() + "|"
                                + identifierOf(resource).getValue();
                        client.create()
                                .resource(resource)
                                .conditionalByUrl(condition)
                                .execute();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        return pairs.size() / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * Times the relay from its start until no row is pending, as the bare client is timed from its
     * first request to its last answer. The check is an {@code exists} on the pending index (~0.05 ms),
     * not a count of the pending rows (~1 ms, sharing the two cores with the relay every 5 ms), and
     * the workers' shutdown (up to one poll interval asleep) is not part of the drain.
     */
    private static double relayDrain(Jdbi jdbi, RelaySettings settings, int deliveries) throws InterruptedException {
        long elapsed;
        try (OutboxRelay relay = new OutboxRelay(jdbi, FHIR, settings, CLOCK)) {
            long start = System.nanoTime();
            relay.start();
            while (anyPending(jdbi, "ZB1")) {
                Thread.sleep(5);
            }
            elapsed = System.nanoTime() - start;
        }
        return deliveries / (elapsed / 1e9);
    }

    private static boolean anyPending(Jdbi jdbi, String trust) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select exists (select 1 from outbox where status = 'PENDING' and trust_ods_code = :trust)")
                .bind("trust", trust)
                .mapTo(Boolean.class)
                .one());
    }

    /**
     * The same Appointment and Slot resources the relay will send for the pending rows, read through
     * the relay's own claim and load, then rolled back so the rows stay due for the relay.
     */
    private static List<Resource[]> resourcesOf(Jdbi jdbi, int count) {
        OutboxRepository outbox = new OutboxRepository(jdbi);
        return jdbi.withHandle(handle -> {
            handle.begin();
            List<Resource[]> pairs =
                    outbox
                            .claim(handle, count, CLOCK.instant(), List.of(), UUID.randomUUID(), Duration.ofMinutes(1))
                            .stream()
                            .map(d -> new Resource[] {
                                AppointmentMapper.toFhir(d.appointment().orElseThrow()),
                                SlotMapper.toFhir(d.slot().orElseThrow())
                            })
                            .toList();
            handle.rollback();
            return pairs;
        });
    }

    private static org.hl7.fhir.r4.model.Identifier identifierOf(Resource resource) {
        return resource instanceof Appointment a
                ? a.getIdentifierFirstRep()
                : ((Slot) resource).getIdentifierFirstRep();
    }

    private static String book(BookingService bookings, RequestId request, SlotId slot) {
        BookingOutcome outcome = bookings.book(new Book(request, slot, Actor.staff("benchmark"), Optional.empty()));
        if (!(outcome instanceof BookingOutcome.Booked booked)) {
            throw new IllegalStateException("Benchmark booking refused: " + outcome);
        }
        return booked.appointment().id().toString();
    }

    private static BookingService bookings(Jdbi jdbi) {
        return SyncBookings.service(jdbi, CLOCK);
    }

    private static long pct(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private RelayBenchmark() {}
}
