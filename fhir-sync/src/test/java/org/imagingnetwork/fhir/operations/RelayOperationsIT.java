package org.imagingnetwork.fhir.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.fhir.relay.RelayMain;
import org.imagingnetwork.fhir.simulator.RisSimulator;
import org.imagingnetwork.fhir.support.SyncBookings;
import org.imagingnetwork.fhir.support.SyncDatabase;
import org.imagingnetwork.fhir.support.SyncNetwork;
import org.imagingnetwork.testsupport.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The relay's own process, as its jar runs it: readiness answers once it serves, and after
 * bookings for a trust whose RIS is down its Prometheus metrics show the backlog, the retries and
 * the trust's resilience4j breaker.
 */
class RelayOperationsIT {

    private static final String TRUST = "ZK3";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void answersHealthAndShowsTheBacklogOfBookingsItCannotDeliver() throws Exception {
        Clock clock = Clock.systemUTC();
        Jdbi jdbi = SyncDatabase.get().jdbi();
        try (RisSimulator simulator = RisSimulator.start("127.0.0.1", 0, List.of(TRUST), FhirContext.forR4(), clock)) {
            simulator.faults(TRUST).down(true);
            SyncNetwork network = SyncNetwork.create(jdbi, Map.of(TRUST, simulator.baseUrl(TRUST)), 10);
            BookingService bookings = SyncBookings.service(jdbi, clock);
            var requests = network.waitingRequests(TRUST, 6);
            for (int i = 0; i < requests.size(); i++) {
                assertThat(bookings.book(new Book(
                                requests.get(i),
                                network.slots(TRUST).get(i),
                                Actor.staff("ops-test"),
                                Optional.empty())))
                        .isInstanceOf(BookingOutcome.Booked.class);
            }

            int port = freePort();
            Process relay = start(port);
            try {
                HttpResponse<String> ready = awaitReady(port, relay);
                assertThat(ready.body()).contains("\"database\"").contains("\"relay\"");

                String metrics = awaitMetric(port, "relay_writes_total{", "trust=\"" + TRUST + "\"");
                assertThat(sample(metrics, "outbox_pending{", TRUST)).isGreaterThanOrEqualTo(6);
                assertThat(metrics)
                        .contains("outbox_oldest_pending_age_seconds{")
                        .contains("resilience4j_circuitbreaker_state{")
                        .contains("name=\"" + TRUST + "\"");
            } finally {
                relay.destroy();
                relay.waitFor();
            }
        }
    }

    private static Process start(int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                RelayMain.class.getName());
        builder.environment().put("DATABASE_URL", TestDatabase.get().jdbcUrl());
        builder.environment().put("RELAY_PORT", String.valueOf(port));
        builder.environment().put("RELAY_WORKERS", "1");
        builder.redirectErrorStream(true);
        builder.redirectOutput(new File("target/relay-operations.log"));
        return builder.start();
    }

    private static HttpResponse<String> awaitReady(int port, Process relay) throws Exception {
        for (int i = 0; i < 300 && relay.isAlive(); i++) {
            try {
                HttpResponse<String> ready = get(port, "/health/readiness");
                if (ready.statusCode() == 200) {
                    return ready;
                }
            } catch (IOException notListeningYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the relay never became ready; see target/relay-operations.log");
    }

    /** Waits until the relay has tried this trust's RIS; the backlog was read when it started. */
    private static String awaitMetric(int port, String prefix, String label) throws Exception {
        for (int i = 0; i < 300; i++) {
            String metrics = get(port, "/prometheus").body();
            if (metrics.lines().anyMatch(l -> l.startsWith(prefix) && l.contains(label))) {
                return metrics;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + prefix + label + " in the relay's metrics");
    }

    private static double sample(String metrics, String prefix, String trust) {
        return metrics.lines()
                .filter(l -> l.startsWith(prefix) && l.contains("trust=\"" + trust + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
