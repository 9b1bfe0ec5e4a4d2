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
        PortalFixture.Patient patient = portal.fixture().adult();
        long request = portal.fixture().waitingRequest(patient, PortalFixture.CT_CAP);
        PortalClient client = Journeys.signedIn(portal, patient);
        long slot = Journeys.firstSlot(client, request, PortalFixture.GENERAL);

        HttpResponse<String> first = hold(client, request, slot);
        Journeys.firstSlot(client, request, PortalFixture.GENERAL); // back to the times page
        HttpResponse<String> again = hold(client, request, slot);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("Check and confirm your appointment");
        assertThat(again.body()).doesNotContain("Someone else is booking");
        HttpResponse<String> booked =
                client.submit("/referrals/" + request + "/confirm", Map.of("slot", String.valueOf(slot)));
        assertThat(booked.statusCode()).isEqualTo(303);
        assertThat(portal.fixture().liveAppointments(request)).isEqualTo(1);
    }

    @Test
    void anotherPatientCannotHoldOrBookATimeSomeoneHolds() {
        PortalFixture.Patient holder = portal.fixture().adult();
        PortalFixture.Patient other = portal.fixture().adult();
        long holderRequest = portal.fixture().waitingRequest(holder, PortalFixture.CT_CAP);
        long otherRequest = portal.fixture().waitingRequest(other, PortalFixture.CT_CAP);
        PortalClient a = Journeys.signedIn(portal, holder);
        PortalClient b = Journeys.signedIn(portal, other);
        long slot = Journeys.firstSlot(a, holderRequest, PortalFixture.GENERAL);
        HttpResponse<String> held = hold(a, holderRequest, slot);
        assertThat(held.body()).doesNotContain("name=\"hold\"");

        Journeys.firstSlot(b, otherRequest, PortalFixture.GENERAL);
        HttpResponse<String> refused = hold(b, otherRequest, slot);
        b.get("/referrals/" + otherRequest);
        HttpResponse<String> confirmAnyway =
                b.submit("/referrals/" + otherRequest + "/confirm", Map.of("slot", String.valueOf(slot)));

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(b.follow(refused).body()).contains("Someone else is booking that time");
        assertThat(confirmAnyway.statusCode()).isNotEqualTo(303);
        assertThat(confirmAnyway.body()).doesNotContain("Appointment booked");
        assertThat(portal.fixture().liveAppointments(otherRequest)).isZero();
    }

    private static HttpResponse<String> hold(PortalClient client, long request, long slot) {
        return client.submit(
                "/referrals/" + request + "/hold", Map.of("slot", String.valueOf(slot), "site", PortalFixture.GENERAL));
    }
}
