package org.imagingnetwork.load.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The RIS side of the checker against a stand-in answering as the simulator's FHIR search does. */
class RisCheckTest {

    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        // RRK: a first page and a second page, as a FHIR server pages a long search.
        serve(
                "/RRK/fhir/Appointment",
                bundle(base + "/RRK/fhir/page2", entry("a1", "booked"), entry("a2", "cancelled")));
        serve("/RRK/fhir/page2", bundle(null, entry("a3", "booked")));
        // RJE: one missing, one not the network's, one held twice, one with another status.
        serve(
                "/RJE/fhir/Appointment",
                bundle(
                        null,
                        entry("b1", "booked"),
                        entry("b3", "booked"),
                        entry("b4", "booked"),
                        entry("b4", "booked"),
                        entry("b5", "booked"),
                        entry("x9", "booked")));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void eachTrustsRisHoldsExactlyTheNetworksAppointments() {
        RisCheck check = new RisCheck("http://127.0.0.1:" + server.getAddress().getPort());

        List<Check.Finding> findings = check.check(Map.of(
                "RRK", Map.of("a1", "booked", "a2", "cancelled", "a3", "booked"),
                "RJE", Map.of("b1", "booked", "b2", "booked", "b3", "booked", "b4", "booked", "b5", "cancelled")));

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).passed()).isFalse();
        assertThat(findings.get(0).text())
                .isEqualTo(
                        "RIS RJE: holds 5 of the network's 5 appointments; 1 missing, 1 not the network's, 1 held twice,"
                                + " 1 with another status");
        assertThat(findings.get(1).passed()).isTrue();
        assertThat(findings.get(1).text())
                .isEqualTo(
                        "RIS RRK: holds 3 of the network's 3 appointments; 0 missing, 0 not the network's, 0 held twice,"
                                + " 0 with another status");
    }

    private void serve(String path, String body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }

    private static String bundle(String next, String... entries) {
        String link = next == null ? "" : "\"link\": [{\"relation\": \"next\", \"url\": \"" + next + "\"}], ";
        return "{\"resourceType\": \"Bundle\", " + link + "\"entry\": [" + String.join(", ", entries) + "]}";
    }

    private static String entry(String id, String status) {
        return "{\"resource\": {\"resourceType\": \"Appointment\", \"status\": \"" + status
                + "\", \"identifier\": [{\"system\": \"" + RisCheck.APPOINTMENT_SYSTEM + "\", \"value\": \"" + id
                + "\"}]}}";
    }
}
