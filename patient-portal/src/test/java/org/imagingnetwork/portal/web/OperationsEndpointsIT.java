package org.imagingnetwork.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.imagingnetwork.portal.support.Journeys;
import org.imagingnetwork.portal.support.PortalFixture;
import org.imagingnetwork.portal.support.PortalServer;
import org.imagingnetwork.testsupport.web.WebClient;
import org.junit.jupiter.api.Test;

/** Health, readiness and Prometheus metrics answer without a session, and the booking meters move. */
class OperationsEndpointsIT {

    private static final PortalServer portal = PortalServer.get();
    private final WebClient client = new WebClient(portal.url());

    @Test
    void readinessAsksTheDatabaseAndRedis() {
        HttpResponse<String> ready = client.get("/health/readiness");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"").contains("\"redis\"").doesNotContain("DOWN");
        assertThat(client.get("/health/liveness").statusCode()).isEqualTo(200);
        assertThat(client.get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void aBookingMovesTheBookingMeters() {
        double before = bookedCount(client.get("/prometheus").body());

        PortalFixture.Patient patient = portal.fixture().adult();
        long request = portal.fixture().waitingRequest(patient, PortalFixture.MRI_BRAIN);
        long slot = portal.fixture().freeSlot("ZP1CD-MR1", Duration.ofHours(48));
        Journeys.bookDirectly(portal, patient, request, slot);

        String metrics = client.get("/prometheus").body();
        assertThat(bookedCount(metrics)).isEqualTo(before + 1);
        assertThat(metrics).contains("booking_latency_seconds_count{action=\"book\"");
    }

    /** Bookings made with the outcome Booked, as Prometheus' text form gives the counter. */
    private static double bookedCount(String metrics) {
        return metrics.lines()
                .filter(l -> l.startsWith("bookings_total{")
                        && l.contains("action=\"book\"")
                        && l.contains("outcome=\"Booked\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }
}
