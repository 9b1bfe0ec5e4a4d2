package org.imagingnetwork.fhir.relay;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.fhir.simulator.RisSimulator;
import org.imagingnetwork.fhir.support.OutboxDrain;
import org.imagingnetwork.fhir.support.RisMirror;
import org.imagingnetwork.fhir.support.SyncBookings;
import org.imagingnetwork.fhir.support.SyncDatabase;
import org.imagingnetwork.fhir.support.SyncNetwork;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** One dead, slow RIS opens its breaker: its rows rest, and the other trust's RIS is written meanwhile. */
class CircuitBreakerIT {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static final Clock CLOCK = Clock.systemUTC();

    @Test
    void aDeadRisRestsWhileTheOthersAreServed() throws Exception {
        Jdbi jdbi = SyncDatabase.get().jdbi();
        try (RisSimulator simulator = RisSimulator.start("127.0.0.1", 0, List.of("ZC1", "ZC2"), FHIR, CLOCK)) {
            SyncNetwork network = SyncNetwork.create(
                    jdbi, Map.of("ZC1", simulator.baseUrl("ZC1"), "ZC2", simulator.baseUrl("ZC2")), 40);
            BookingService bookings = SyncBookings.service(jdbi, CLOCK);
            for (String trust : List.of("ZC1", "ZC2")) {
                var requests = network.waitingRequests(trust, 30);
                for (int i = 0; i < requests.size(); i++) {
                    bookings.book(new Book(
                            requests.get(i),
                            network.slots(trust).get(i),
                            Actor.staff("breaker-test"),
                            Optional.empty()));
                }
            }
            // Every call to the north RIS waits out the relay's read timeout before failing.
            simulator.faults("ZC1").slow(Duration.ofMillis(1_500)).serverErrors(1.0);
            RelaySettings settings = RelayUnderFaultsIT.testSettings()
                    .withWorkers(2)
                    .withRetries(1_000, Duration.ofMillis(10), Duration.ofMillis(50))
                    .withBreaker(2, Duration.ofSeconds(5));

            long started = System.nanoTime();
            try (OutboxRelay relay = new OutboxRelay(jdbi, FHIR, settings, CLOCK)) {
                relay.start();
                while (pending(jdbi, "ZC2") > 0
                        && System.nanoTime() - started < Duration.ofSeconds(60).toNanos()) {
                    Thread.sleep(100);
                }
                Duration southTook = Duration.ofNanos(System.nanoTime() - started);

                assertThat(pending(jdbi, "ZC2")).isZero();
                // Without the breaker, 30 north rows at a 1 s timeout each over 2 workers would hold
                // the south rows back for about 15 s.
                assertThat(southTook).isLessThan(Duration.ofSeconds(8));
                long northAttempts = jdbi.withHandle(
                        h -> h.createQuery("select coalesce(sum(attempts), 0) from outbox where trust_ods_code = 'ZC1'")
                                .mapTo(Long.class)
                                .one());
                assertThat(northAttempts).as("the resting RIS is not hammered").isLessThanOrEqualTo(8);
                assertThat(pending(jdbi, "ZC1")).as("nothing dropped").isEqualTo(30);

                // Once the north RIS recovers, the breaker lets its rows through again.
                simulator.faults("ZC1").clear();
                OutboxDrain.awaitEmptyOutbox(jdbi, Duration.ofSeconds(60), "ZC1");
            }
            RisMirror.assertMirrors(jdbi, "ZC1", simulator.store("ZC1"));
            RisMirror.assertMirrors(jdbi, "ZC2", simulator.store("ZC2"));
        }
    }

    private static long pending(Jdbi jdbi, String trust) {
        return jdbi.withHandle(
                h -> h.createQuery("select count(*) from outbox where status = 'PENDING' and trust_ods_code = :trust")
                        .bind("trust", trust)
                        .mapTo(Long.class)
                        .one());
    }
}
