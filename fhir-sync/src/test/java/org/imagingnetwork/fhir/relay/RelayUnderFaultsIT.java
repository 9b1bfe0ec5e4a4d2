package org.imagingnetwork.fhir.relay;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Cancel;
import org.imagingnetwork.core.booking.CancelOutcome;
import org.imagingnetwork.core.booking.Reschedule;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.fhir.simulator.RisSimulator;
import org.imagingnetwork.fhir.support.OutboxDrain;
import org.imagingnetwork.fhir.support.RisMirror;
import org.imagingnetwork.fhir.support.SyncBookings;
import org.imagingnetwork.fhir.support.SyncDatabase;
import org.imagingnetwork.fhir.support.SyncNetwork;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 1,000 bookings, moves and cancellations through the real booking service while the trusts' RIS
 * are down, failing, timing out and dropping connections after committing; afterwards each RIS
 * holds exactly the network's state.
 */
class RelayUnderFaultsIT {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static final Clock CLOCK = Clock.systemUTC();
    private static final Actor STAFF = Actor.staff("relay-test");
    private static final int BOOKINGS = 1_000;

    private static RisSimulator simulator;
    private static Jdbi jdbi;
    private static BookingService bookings;

    @BeforeAll
    static void start() {
        simulator = RisSimulator.start("127.0.0.1", 0, List.of("ZF1", "ZF2", "ZF3", "ZF4"), FHIR, CLOCK);
        jdbi = SyncDatabase.get().jdbi();
        bookings = SyncBookings.service(jdbi, CLOCK);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    static RelaySettings testSettings() {
        return RelaySettings.defaults()
                .withWorkers(3)
                .withPolling(8, Duration.ofMillis(20))
                .withRetries(10_000, Duration.ofMillis(20), Duration.ofMillis(400))
                .withBreaker(5, Duration.ofMillis(300))
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(1_000))
                .withLease(Duration.ofSeconds(5));
    }

    @ParameterizedTest(name = "{2} relay instance(s)")
    @CsvSource({"ZF1,ZF2,1", "ZF3,ZF4,2"})
    void everyChangeReachesItsRisExactlyOnceInOrderThroughFaults(String north, String south, int relayCount)
            throws InterruptedException {
        Map<String, URI> ris = new LinkedHashMap<>();
        ris.put(north, simulator.baseUrl(north));
        ris.put(south, simulator.baseUrl(south));
        SyncNetwork network = SyncNetwork.create(jdbi, ris, 800);
        Map<String, Iterator<RequestId>> requests = Map.of(
                north, network.waitingRequests(north, BOOKINGS / 2).iterator(),
                south, network.waitingRequests(south, BOOKINGS / 2).iterator());
        Map<String, Iterator<SlotId>> freeSlots = Map.of(
                north,
                network.slots(north).iterator(),
                south,
                network.slots(south).iterator());

        List<Database> instances = new ArrayList<>();
        List<OutboxRelay> relays = new ArrayList<>();
        for (int i = 0; i < relayCount; i++) {
            Database instance = SyncDatabase.anotherInstance();
            instances.add(instance);
            OutboxRelay relay = new OutboxRelay(instance.jdbi(), FHIR, testSettings(), CLOCK);
            relays.add(relay);
            relay.start();
        }
        try {
            simulator.faults(north).down(true);
            simulator.faults(south).serverErrors(0.2).dropsAfterCommit(0.1).conflicts(0.05);

            for (int i = 0; i < BOOKINGS; i++) {
                String trust = i % 2 == 0 ? north : south;
                if (i == 300) {
                    // The north RIS comes back, but so slowly that every call times out (and lands late).
                    simulator.faults(north).down(false).slow(Duration.ofMillis(1_300));
                }
                if (i == 450) {
                    simulator.faults(north).clear().serverErrors(0.2).dropsAfterCommit(0.15);
                }
                if (i == 700) {
                    simulator.faults(south).clear().down(true);
                }
                if (i == 850) {
                    simulator.faults(south).clear().dropsAfterCommit(0.2);
                }
                AppointmentId appointment =
                        book(requests.get(trust).next(), freeSlots.get(trust).next());
                if (i % 5 == 0) {
                    appointment = reschedule(appointment, freeSlots.get(trust).next());
                }
                if (i % 7 == 0) {
                    cancel(appointment);
                }
            }
            simulator.faults(north).clear();
            simulator.faults(south).clear();

            OutboxDrain.awaitEmptyOutbox(jdbi, Duration.ofMinutes(3), north, south);
        } finally {
            relays.forEach(OutboxRelay::close);
            instances.forEach(Database::close);
        }

        assertThat(countOf(
                        "select count(*) from outbox where status = 'FAILED' and trust_ods_code in (?, ?)",
                        north,
                        south))
                .isZero();
        assertThat(countOf("select count(*) from outbox where trust_ods_code in (?, ?)", north, south))
                .isGreaterThan(BOOKINGS);
        RisMirror.assertMirrors(jdbi, north, simulator.store(north));
        RisMirror.assertMirrors(jdbi, south, simulator.store(south));
    }

    private AppointmentId book(RequestId request, SlotId slot) {
        BookingOutcome outcome = bookings.book(new Book(request, slot, STAFF, Optional.empty()));
        assertThat(outcome).isInstanceOf(BookingOutcome.Booked.class);
        return ((BookingOutcome.Booked) outcome).appointment().id();
    }

    private AppointmentId reschedule(AppointmentId appointment, SlotId slot) {
        BookingOutcome outcome = bookings.reschedule(new Reschedule(appointment, slot, STAFF, Optional.empty()));
        assertThat(outcome).isInstanceOf(BookingOutcome.Booked.class);
        return ((BookingOutcome.Booked) outcome).appointment().id();
    }

    private void cancel(AppointmentId appointment) {
        assertThat(bookings.cancel(new Cancel(appointment, STAFF, "Patient no longer needs the exam", false)))
                .isInstanceOf(CancelOutcome.Cancelled.class);
    }

    private long countOf(String sql, Object... args) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i]);
            }
            return query.mapTo(Long.class).one();
        });
    }
}
