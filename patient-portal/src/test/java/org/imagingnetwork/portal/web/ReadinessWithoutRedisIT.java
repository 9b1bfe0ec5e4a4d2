package org.imagingnetwork.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.portal.support.Journeys;
import org.imagingnetwork.portal.support.PortalFixture;
import org.imagingnetwork.portal.support.PortalServer;
import org.imagingnetwork.testsupport.web.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A portal whose Redis does not answer stays in the load balancer: it still books through
 * PostgreSQL, so its readiness answers 200 and reports Redis as degraded rather than down.
 */
class ReadinessWithoutRedisIT {

    private static PortalServer portal;

    @BeforeAll
    static void startWithRedisDown() {
        portal = PortalServer.start(Map.of("portal.redis-url", "redis://127.0.0.1:" + closedPort()));
    }

    @AfterAll
    static void stop() {
        portal.stop();
    }

    @Test
    void readinessStaysUpAndSaysRedisIsDegraded() {
        WebClient client = new WebClient(portal.url());

        HttpResponse<String> ready = client.get("/health/readiness");

        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body())
                .containsPattern("\"redis\":\\{[^}]*\"status\":\"DEGRADED\"")
                .containsPattern("\"database\":\\{[^}]*\"status\":\"UP\"");
        assertThat(client.get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void aPatientStillBooksWhileRedisIsDown() {
        PortalFixture.Patient patient = portal.fixture().adult();
        long request = portal.fixture().waitingRequest(patient, PortalFixture.MRI_BRAIN);
        long slot = portal.fixture().freeSlot("ZP1CD-MR1", Duration.ofHours(72));

        assertThat(Journeys.bookDirectly(portal, patient, request, slot)
                        .appointment()
                        .slot())
                .isEqualTo(new SlotId(slot));
    }

    /** A port nothing listens on: connections to it are refused at once, as to a Redis that is down. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
