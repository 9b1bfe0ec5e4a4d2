package org.imagingnetwork.fhir.relay;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Cancel;
import org.imagingnetwork.fhir.simulator.RisSimulator;
import org.imagingnetwork.fhir.support.OutboxDrain;
import org.imagingnetwork.fhir.support.RisMirror;
import org.imagingnetwork.fhir.support.SyncBookings;
import org.imagingnetwork.fhir.support.SyncDatabase;
import org.imagingnetwork.fhir.support.SyncNetwork;
import org.imagingnetwork.testsupport.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A relay process killed with SIGKILL while writes are in flight, then a new one started: the
 * RIS ends with every change exactly once, in order.
 */
class RelayKilledMidDeliveryIT {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static final Clock CLOCK = Clock.systemUTC();
    private static final String TRUST = "ZK1";

    private static RisSimulator simulator;
    private static Jdbi jdbi;

    @BeforeAll
    static void start() {
        simulator = RisSimulator.start("127.0.0.1", 0, List.of(TRUST), FHIR, CLOCK);
        jdbi = SyncDatabase.get().jdbi();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void aKilledRelayLosesAndDuplicatesNothing() throws Exception {
        SyncNetwork network = SyncNetwork.create(jdbi, Map.of(TRUST, simulator.baseUrl(TRUST)), 120);
        BookingService bookings = bookings();
        var requests = network.waitingRequests(TRUST, 80);
        for (int i = 0; i < requests.size(); i++) {
            var outcome = bookings.book(
                    new Book(requests.get(i), network.slots(TRUST).get(i), Actor.staff("kill-test"), Optional.empty()));
            var appointment = ((BookingOutcome.Booked) outcome).appointment().id();
            if (i % 3 == 0) {
                bookings.cancel(new Cancel(appointment, Actor.staff("kill-test"), "Clinic closed", true));
            }
        }
        // Slow enough that the child always has writes in flight when it dies; some answers are lost too.
        simulator.faults(TRUST).slow(Duration.ofMillis(150)).dropsAfterCommit(0.2);

        Process relay = startRelayProcess();
        try {
            awaitDelivered(15);
        } finally {
            relay.destroyForcibly().waitFor();
        }
        long deliveredBeforeKill = delivered();
        assertThat(deliveredBeforeKill).as("killed part-way").isLessThan(pendingOrDelivered());

        simulator.faults(TRUST).clear();
        try (OutboxRelay restarted = new OutboxRelay(jdbi, FHIR, RelayUnderFaultsIT.testSettings(), CLOCK)) {
            restarted.start();
            OutboxDrain.awaitEmptyOutbox(jdbi, Duration.ofMinutes(1), TRUST);
        }

        RisMirror.assertMirrors(jdbi, TRUST, simulator.store(TRUST));
    }

    private static Process startRelayProcess() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder =
                new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RelayMain.class.getName());
        builder.environment().put("RELAY_WORKERS", "3");
        builder.environment().put("RELAY_PORT", "0");
        // A short lease, so the rows the killed relay held are due again within seconds.
        builder.environment().put("RELAY_LEASE_SECONDS", "5");
        builder.environment().put("RIS_CONNECT_TIMEOUT_MS", "500");
        builder.environment().put("RIS_READ_TIMEOUT_MS", "1000");
        builder.environment().put("DATABASE_URL", TestDatabase.get().jdbcUrl());
        builder.redirectErrorStream(true);
        builder.redirectOutput(new File("target/relay-killed-mid-delivery.log"));
        return builder.start();
    }

    private static BookingService bookings() {
        return SyncBookings.service(jdbi, CLOCK);
    }

    private static void awaitDelivered(long count) throws InterruptedException {
        // A minute: the child JVM's start and its first batches share two cores with the whole build.
        for (int i = 0; i < 1200 && delivered() < count; i++) {
            Thread.sleep(50);
        }
        assertThat(delivered()).as("the child relay delivered some rows").isGreaterThanOrEqualTo(count);
    }

    private static long delivered() {
        return count("select count(*) from outbox where trust_ods_code = 'ZK1' and status = 'DELIVERED'");
    }

    private static long pendingOrDelivered() {
        return count("select count(*) from outbox where trust_ods_code = 'ZK1'");
    }

    private static long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
