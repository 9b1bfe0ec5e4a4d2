package org.imagingnetwork.fhir.relay;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.fhir.support.SyncBookings;
import org.imagingnetwork.fhir.support.SyncDatabase;
import org.imagingnetwork.fhir.support.SyncNetwork;
import org.jdbi.v3.core.Jdbi;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one relay claim costs ({@link OutboxRepository#claim} of a batch, then handing it back) as
 * the outbox's delivered history grows: the same 200 due rows behind 10,000 or 1,000,000 delivered
 * ones. Each trial has a database of its own (the run's test database, see {@code TestDatabase}).
 *
 * <p>The due rows are real bookings made through {@link BookingService}; the delivered history is
 * those bookings' appointments written again and again as already delivered, which is what years of
 * status changes leave behind (rows of other appointments and slots, all with lower ids).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g", "-Duser.timezone=Europe/London"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class OutboxClaimBenchmark {

    private static final int HISTORY_APPOINTMENTS = 1_000;
    private static final int DUE = 200;
    private static final int BATCH = 16;

    @Param({"10000", "1000000"})
    public int delivered;

    private Jdbi jdbi;
    private OutboxRepository outbox;

    @Setup(Level.Trial)
    public void setUp() {
        jdbi = SyncDatabase.get().jdbi();
        Clock clock = Clock.systemUTC();
        SyncNetwork network = SyncNetwork.create(
                jdbi, Map.of("ZC1", URI.create("http://127.0.0.1:9/fhir")), HISTORY_APPOINTMENTS + DUE);
        BookingService bookings = SyncBookings.service(jdbi, clock);
        List<RequestId> requests = network.waitingRequests("ZC1", HISTORY_APPOINTMENTS + DUE);
        List<SlotId> slots = network.slots("ZC1");
        for (int i = 0; i < HISTORY_APPOINTMENTS; i++) {
            book(bookings, requests.get(i), slots.get(i));
        }
        DeliveredHistory.write(jdbi, "ZC1", delivered, clock.instant().minus(Duration.ofDays(1)));
        for (int i = HISTORY_APPOINTMENTS; i < HISTORY_APPOINTMENTS + DUE; i++) {
            book(bookings, requests.get(i), slots.get(i));
        }
        jdbi.useHandle(h -> h.execute("vacuum analyze outbox"));
        outbox = new OutboxRepository(jdbi);
    }

    /** Claims the next batch, as a relay worker's database thread does, and hands it back unsent. */
    @Benchmark
    public int claimABatch() {
        return jdbi.withHandle(handle -> {
            UUID lease = UUID.randomUUID();
            List<Delivery> claimed =
                    outbox.claim(handle, BATCH, Clock.systemUTC().instant(), List.of(), lease, Duration.ofMinutes(2));
            List<Settled> back = claimed.stream()
                    .map(d -> (Settled) new Settled.Released(d.row()))
                    .toList();
            outbox.settle(handle, lease, back, Clock.systemUTC().instant());
            if (claimed.size() != BATCH) {
                throw new IllegalStateException("claimed " + claimed.size() + " rows, expected " + BATCH);
            }
            return claimed.size();
        });
    }

    private static void book(BookingService bookings, RequestId request, SlotId slot) {
        BookingOutcome outcome = bookings.book(new Book(request, slot, Actor.staff("benchmark"), Optional.empty()));
        if (!(outcome instanceof BookingOutcome.Booked)) {
            throw new IllegalStateException("Benchmark booking refused: " + outcome);
        }
    }
}
