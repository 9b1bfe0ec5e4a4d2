package org.imagingnetwork.portal.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.imagingnetwork.portal.support.Journeys;
import org.imagingnetwork.portal.support.PortalClient;
import org.imagingnetwork.portal.support.PortalFixture;
import org.imagingnetwork.portal.support.PortalServer;
import org.junit.jupiter.api.Test;

/** A held time is the holder's: they can come back to it, nobody else can take it meanwhile. */
class HoldIT {

    private final PortalServer portal = PortalServer.get();

    @Test
    void aPatientWhoGoesBackAndChoosesTheSameTimeAgainKeepsTheirHold() {
        Journeys.Waiting waiting = Journeys.waitingAdult(portal, PortalFixture.CT_CAP);
        PortalClient client = waiting.client();
        long request = waiting.request();
        long slot = Journeys.firstSlot(client, request, PortalFixture.GENERAL);

        HttpResponse<String> first = hold(client, request, slot);
        Journeys.firstSlot(client, request, PortalFixture.GENERAL); // back to the times page
        HttpResponse<String> again = hold(client, request, slot);

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(again.statusCode()).isEqualTo(303);
        HttpResponse<String> confirmPage = client.follow(again);
        assertThat(confirmPage.body()).contains("Check and confirm your appointment");
        assertThat(confirmPage.body()).doesNotContain("Someone else is booking");
        HttpResponse<String> booked =
                client.submit("/referrals/" + request + "/confirm", Map.of("slot", String.valueOf(slot)));
        assertThat(booked.statusCode()).isEqualTo(303);
        assertThat(portal.fixture().liveAppointments(request)).isEqualTo(1);
    }

    @Test
    void anotherPatientCannotHoldOrBookATimeSomeoneHolds() {
        Journeys.Waiting holder = Journeys.waitingAdult(portal, PortalFixture.CT_CAP);
        Journeys.Waiting other = Journeys.waitingAdult(portal, PortalFixture.CT_CAP);
        long slot = Journeys.firstSlot(holder.client(), holder.request(), PortalFixture.GENERAL);
        HttpResponse<String> held = holder.client().follow(hold(holder.client(), holder.request(), slot));
        assertThat(held.body()).doesNotContain("name=\"hold\"");

        Journeys.firstSlot(other.client(), other.request(), PortalFixture.GENERAL);
        HttpResponse<String> refused = hold(other.client(), other.request(), slot);
        other.client().get("/referrals/" + other.request());
        HttpResponse<String> confirmAnyway = other.client()
                .submit("/referrals/" + other.request() + "/confirm", Map.of("slot", String.valueOf(slot)));

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(other.client().follow(refused).body()).contains("Someone else is booking that time");
        assertThat(confirmAnyway.headers().firstValue("Location"))
                .hasValue("/referrals/" + other.request() + "/not-booked?why=gone");
        assertThat(other.client().follow(confirmAnyway).body()).doesNotContain("Appointment booked");
        assertThat(portal.fixture().liveAppointments(other.request())).isZero();
    }

    private static HttpResponse<String> hold(PortalClient client, long request, long slot) {
        return client.submit(
                "/referrals/" + request + "/hold", Map.of("slot", String.valueOf(slot), "site", PortalFixture.GENERAL));
    }
}
