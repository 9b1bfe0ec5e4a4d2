package org.imagingnetwork.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.signin.SignInLinks;
import org.imagingnetwork.portal.support.Journeys;
import org.imagingnetwork.portal.support.PortalClient;
import org.imagingnetwork.portal.support.PortalFixture;
import org.imagingnetwork.portal.support.PortalServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Unknown ids, expired links, taken slots and malformed forms get a helpful page: never a stack trace, never a 500. */
class BadInputIT {

    private static PortalServer portal;

    @BeforeAll
    static void start() {
        portal = PortalServer.get();
    }

    @Test
    void unknownAndMalformedAddressesGetPlainPages() {
        PortalFixture.Patient patient = portal.fixture().adult();
        long request = portal.fixture().waitingRequest(patient, PortalFixture.MRI_BRAIN);
        PortalClient client = Journeys.signedIn(portal, patient);
        assertPage(client.get("/referrals/99999999"), 404, "Page not found");
        assertPage(client.get("/referrals/not-a-number"), 400, "Something was not right with that request");
        assertPage(client.get("/referrals/" + request + "/where/NOSUCH"), 404, "Page not found");
        assertPage(
                client.get("/referrals/" + request + "/where/ZP1AA?week=yesterday&times=lunchtime&maxMiles=far"),
                200,
                "Choose a date and time");
        assertPage(
                client.get("/referrals/" + request + "/where?sort=sideways&maxMiles=-3&times=never"),
                200,
                "Choose where to have your scan");
        assertPage(client.get("/offers/not-an-offer"), 404, "Page not found");
        assertPage(client.get("/offers/" + java.util.UUID.randomUUID()), 404, "Page not found");
        assertPage(client.get("/no/such/page"), 404, "Page not found");
    }

    @Test
    void expiredForgedAndMistypedLinksSaySo() {
        PortalFixture.Patient patient = portal.fixture().adult();
        String token = portal.context().getBean(SignInLinks.class).issue(new PatientId(patient.id()));
        PortalClient client = new PortalClient(portal.url());
        assertPage(client.get("/l/garbage"), 410, "This link has expired");
        assertPage(client.get("/l/" + token.substring(0, token.length() - 2) + "xx"), 410, "This link has expired");
        portal.context()
                .getBean(Jdbi.class)
                .useHandle(h -> h.createUpdate(
                                "update sign_in_link set created_at = now() - interval '30 days', expires_at = now() - interval '1 day'"
                                        + " where patient_id = :p")
                        .bind("p", patient.id())
                        .execute());
        assertPage(client.get("/l/" + token), 410, "This link has expired");
        assertThat(client.signInWithLink(token, patient).statusCode()).isIn(403, 410);
        assertThat(client.cookies()).doesNotContainKey("portal_session");
    }

    @Test
    void malformedFormsNameTheFieldAndChangeNothing() {
        PortalFixture.Patient patient = portal.fixture().adult();
        String token = portal.context().getBean(SignInLinks.class).issue(new PatientId(patient.id()));
        PortalClient client = new PortalClient(portal.url());
        client.get("/l/" + token);
        HttpResponse<String> badDate = client.submit(
                "/l/" + token, Map.of("day", "31", "month", "2", "year", "19x0", "postcode", "not a postcode"));
        assertPage(badDate, 400, "Date of birth must be a real date");
        assertThat(badDate.body()).contains("Enter a full UK postcode");
        HttpResponse<String> empty = client.submit("/l/" + token, Map.of());
        assertPage(empty, 400, "Enter your date of birth");
        int failed = portal.context()
                .getBean(Jdbi.class)
                .withHandle(h -> h.createQuery("select failed_attempts from sign_in_link where patient_id = :p")
                        .bind("p", patient.id())
                        .mapTo(Integer.class)
                        .one());
        assertThat(failed).as("malformed answers are not counted as guesses").isZero();

        long request = portal.fixture().waitingRequest(patient, PortalFixture.MRI_BRAIN);
        client = Journeys.signedIn(portal, patient);
        client.get("/referrals/" + request + "/where/ZP1AA");
        HttpResponse<String> noSlot = client.submit("/referrals/" + request + "/hold", Map.of("site", "ZP1AA"));
        assertThat(noSlot.statusCode()).isEqualTo(303);
        assertPage(client.follow(noSlot), 200, "Select a time");
        assertPage(
                client.submit("/referrals/" + request + "/confirm", Map.of("slot", "abc")),
                400,
                "Something was not right");
        assertThat(portal.fixture().liveAppointments(request)).isZero();
        client.get("/referrals/" + request + "/short-notice");
        assertPage(
                client.submit("/referrals/" + request + "/short-notice", Map.of("notice", "5")),
                400,
                "Select how much notice you need");
        client.get("/referrals/" + request);
        assertPage(
                client.submit("/referrals/" + request + "/cancel", Map.of("reason", "because")), 404, "Page not found");
    }

    @Test
    void aSlotTakenMeanwhileGetsASorryPage() {
        Journeys.Waiting first = Journeys.waitingAdult(portal, PortalFixture.CT_CAP);
        Journeys.Waiting second = Journeys.waitingAdult(portal, PortalFixture.CT_CAP);
        long firstRequest = first.request();
        long secondRequest = second.request();
        PortalClient a = first.client();
        PortalClient b = second.client();
        long slot = Journeys.firstSlot(b, secondRequest, PortalFixture.GENERAL);
        assertThat(Journeys.book(a, firstRequest, PortalFixture.GENERAL).statusCode())
                .isEqualTo(303);
        b.get("/referrals/" + secondRequest);
        HttpResponse<String> late =
                b.submit("/referrals/" + secondRequest + "/confirm", Map.of("slot", String.valueOf(slot)));
        assertThat(late.statusCode()).isEqualTo(303);
        assertPage(b.follow(late), 409, "Sorry, this time has just been taken");
        assertThat(portal.fixture().liveAppointments(secondRequest)).isZero();
        HttpResponse<String> heldPage = b.submit(
                "/referrals/" + secondRequest + "/hold", Map.of("slot", String.valueOf(slot), "site", "ZP1AA"));
        assertThat(heldPage.statusCode()).isEqualTo(303);
        assertPage(b.follow(heldPage), 200, "Someone else is booking that time");
    }

    private static void assertPage(HttpResponse<String> response, int status, String text) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body())
                .contains(text)
                .contains("nhsuk-header")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
    }
}
