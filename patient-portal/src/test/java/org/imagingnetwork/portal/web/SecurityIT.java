package org.imagingnetwork.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.signin.SignInLinks;
import org.imagingnetwork.portal.support.Journeys;
import org.imagingnetwork.portal.support.PortalClient;
import org.imagingnetwork.portal.support.PortalFixture;
import org.imagingnetwork.portal.support.PortalServer;
import org.imagingnetwork.testsupport.web.SecurityHeaders;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A patient sees and changes only their own referrals; every form needs its CSRF token; cookies are locked down. */
class SecurityIT {

    private static PortalServer portal;

    @BeforeAll
    static void start() {
        portal = PortalServer.get();
    }

    @Test
    void aPatientCanNeitherReadNorChangeAnotherPatientsReferralOrAppointment() {
        PortalFixture.Patient owner = portal.fixture().adult();
        long ownersRequest = portal.fixture().waitingRequest(owner, PortalFixture.MRI_BRAIN);
        PortalClient ownerClient = Journeys.signedIn(portal, owner);
        assertThat(Journeys.book(ownerClient, ownersRequest, PortalFixture.GENERAL)
                        .statusCode())
                .isEqualTo(303);
        long slot = Journeys.firstSlot(
                ownerClient, portal.fixture().waitingRequest(owner, PortalFixture.MRI_BRAIN), PortalFixture.CDC);

        PortalFixture.Patient intruder = portal.fixture().adult();
        long intrudersRequest = portal.fixture().waitingRequest(intruder, PortalFixture.MRI_BRAIN);
        PortalClient client = Journeys.signedIn(portal, intruder);
        String other = "/referrals/" + ownersRequest;

        assertThat(client.get(other).statusCode()).isEqualTo(404);
        assertThat(client.get(other).body()).contains("Page not found").doesNotContain("MRI head");
        assertThat(client.get(other + "/where").statusCode()).isEqualTo(404);
        assertThat(client.get(other + "/where/" + PortalFixture.CDC).statusCode())
                .isEqualTo(404);
        assertThat(client.get(other + "/cancel").statusCode()).isEqualTo(404);
        assertThat(client.get(other + "/booked").statusCode()).isEqualTo(404);
        assertThat(client.get(other + "/short-notice").statusCode()).isEqualTo(404);
        client.get("/referrals/" + intrudersRequest);
        assertThat(client.submit(other + "/hold", Map.of("slot", String.valueOf(slot), "site", PortalFixture.CDC))
                        .statusCode())
                .isEqualTo(404);
        assertThat(client.submit(other + "/confirm", Map.of("slot", String.valueOf(slot)))
                        .statusCode())
                .isEqualTo(404);
        assertThat(client.submit(other + "/cancel", Map.of("reason", "noLongerNeeded"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(client.submit(other + "/short-notice", Map.of("notice", "24"))
                        .statusCode())
                .isEqualTo(404);

        // Still exactly as the owner left it.
        assertThat(portal.fixture().liveAppointments(ownersRequest)).isEqualTo(1);
        assertThat(portal.fixture().requestState(ownersRequest)).isEqualTo("APPOINTED");
        assertThat(ownerClient.get(other).body()).contains("Portal General Hospital");
    }

    @Test
    void aPatientCanNeitherSeeNorAnswerAnotherPatientsOffer() throws Exception {
        PortalFixture fixture = portal.fixture();
        PortalFixture.Patient owner = fixture.adult();
        long ownersRequest = fixture.waitingRequest(owner, PortalFixture.MRI_BRAIN);
        // Waiting far longer than anyone else, and only for this site, so the offer is theirs.
        fixture.shortNotice(ownersRequest, 24);
        fixture.priority(ownersRequest, "URGENT", 3000);
        fixture.onlyAt(ownersRequest, PortalFixture.ROYAL);
        try {
            long slot = fixture.freeSlot("ZP2AA-MR1", java.time.Duration.ofDays(13));
            Journeys.release(portal, slot);
            String offer = Journeys.offersOnceMade(fixture, slot, 1).stream()
                    .filter(o -> ((Number) o.get("request_id")).longValue() == ownersRequest)
                    .map(o -> o.get("id").toString())
                    .findFirst()
                    .orElseThrow();

            PortalFixture.Patient intruder = fixture.adult();
            fixture.waitingRequest(intruder, PortalFixture.MRI_BRAIN);
            PortalClient client = Journeys.signedIn(portal, intruder);
            client.get("/referrals");
            HttpResponse<String> seen = client.get("/offers/" + offer);
            assertThat(seen.statusCode()).isEqualTo(404);
            assertThat(seen.body()).contains("Page not found").doesNotContain("Portal Royal Infirmary");
            assertThat(client.submit("/offers/" + offer + "/accept", Map.of()).statusCode())
                    .isEqualTo(404);
            assertThat(client.submit("/offers/" + offer + "/decline", Map.of()).statusCode())
                    .isEqualTo(404);

            assertThat(fixture.offersOf(slot))
                    .filteredOn(o -> o.get("id").toString().equals(offer))
                    .extracting(o -> o.get("status"))
                    .containsExactly("OPEN");
            assertThat(fixture.liveAppointmentsOnSlot(slot)).isZero();
            PortalClient ownerClient = Journeys.signedIn(portal, owner);
            assertThat(ownerClient.get("/offers/" + offer).statusCode()).isEqualTo(200);
        } finally {
            portal.context()
                    .getBean(Jdbi.class)
                    .useHandle(h -> h.createUpdate(
                                    "update request set short_notice = false, short_notice_hours = null where id = :id")
                            .bind("id", ownersRequest)
                            .execute());
        }
    }

    @Test
    void aSlotIdChangedInTheFormHoldsNothingTheReferralCouldNotBook() {
        Journeys.Waiting mri = Journeys.waitingAdult(portal, PortalFixture.MRI_BRAIN);
        PortalFixture fixture = portal.fixture();
        // A CT slot at a site the referral may use, and an MRI slot at a site it may not.
        long ctSlot = fixture.freeSlot("ZP1AA-CT1", java.time.Duration.ofDays(4));
        fixture.onlyAt(mri.request(), PortalFixture.GENERAL);
        long elsewhere = fixture.freeSlot("ZP1CD-MR1", java.time.Duration.ofDays(4));
        String hold = "/referrals/" + mri.request() + "/hold";
        mri.client().get("/referrals/" + mri.request() + "/where/" + PortalFixture.GENERAL);
        for (long slot : new long[] {ctSlot, elsewhere}) {
            HttpResponse<String> refused =
                    mri.client().submit(hold, Map.of("slot", String.valueOf(slot), "site", PortalFixture.GENERAL));
            assertThat(refused.statusCode()).as("slot %s", slot).isEqualTo(303);
            assertThat(refused.headers().firstValue("Location"))
                    .hasValue("/referrals/" + mri.request() + "/where?unavailable=1");
            assertThat(mri.client().follow(refused).body()).contains("That time is not available for your scan");
        }

        // Nothing was held: patients who can have those times hold them at once.
        Journeys.Waiting ct = Journeys.waitingAdult(portal, PortalFixture.CT_CAP);
        ct.client().get("/referrals/" + ct.request() + "/where/" + PortalFixture.GENERAL);
        HttpResponse<String> ctHeld = ct.client()
                .submit(
                        "/referrals/" + ct.request() + "/hold",
                        Map.of("slot", String.valueOf(ctSlot), "site", PortalFixture.GENERAL));
        assertThat(ctHeld.statusCode()).isEqualTo(303);
        assertThat(ct.client().follow(ctHeld).body()).contains("We are holding this time for you");
        Journeys.Waiting other = Journeys.waitingAdult(portal, PortalFixture.MRI_BRAIN);
        other.client().get("/referrals/" + other.request() + "/where/" + PortalFixture.CDC);
        HttpResponse<String> mriHeld = other.client()
                .submit(
                        "/referrals/" + other.request() + "/hold",
                        Map.of("slot", String.valueOf(elsewhere), "site", PortalFixture.CDC));
        assertThat(mriHeld.statusCode()).isEqualTo(303);
        assertThat(other.client().follow(mriHeld).body()).contains("We are holding this time for you");
        // Both confirm, so no hold is left standing in other tests' way.
        assertThat(ct.client()
                        .submit("/referrals/" + ct.request() + "/confirm", Map.of("slot", String.valueOf(ctSlot)))
                        .statusCode())
                .isEqualTo(303);
        assertThat(other.client()
                        .submit("/referrals/" + other.request() + "/confirm", Map.of("slot", String.valueOf(elsewhere)))
                        .statusCode())
                .isEqualTo(303);
    }

    @Test
    void everyFormIsRefusedWithoutItsCsrfToken() {
        PortalFixture.Patient patient = portal.fixture().adult();
        long request = portal.fixture().waitingRequest(patient, PortalFixture.MRI_BRAIN);
        String token = portal.context().getBean(SignInLinks.class).issue(new PatientId(patient.id()));
        PortalClient client = new PortalClient(portal.url());
        client.get("/l/" + token);
        Map<String, String> answers = Map.of(
                "day", String.valueOf(patient.dateOfBirth().getDayOfMonth()),
                "month", String.valueOf(patient.dateOfBirth().getMonthValue()),
                "year", String.valueOf(patient.dateOfBirth().getYear()),
                "postcode", patient.postcode());
        assertRefused(client.post("/l/" + token, answers));
        assertRefused(client.post("/l/" + token, withToken(answers, "forged.token")));
        assertThat(client.cookies()).doesNotContainKey("portal_session");

        client = Journeys.signedIn(portal, patient);
        long slot = Journeys.firstSlot(client, request, PortalFixture.GENERAL);
        assertRefused(client.post(
                "/referrals/" + request + "/hold",
                Map.of("slot", String.valueOf(slot), "site", PortalFixture.GENERAL)));
        assertRefused(client.post("/referrals/" + request + "/confirm", Map.of("slot", String.valueOf(slot))));
        assertThat(portal.fixture().liveAppointments(request)).isZero();
        assertRefused(client.post("/referrals/" + request + "/short-notice", Map.of("notice", "24")));

        assertThat(Journeys.book(client, request, PortalFixture.GENERAL).statusCode())
                .isEqualTo(303);
        assertRefused(client.post("/referrals/" + request + "/cancel", Map.of("reason", "noLongerNeeded")));
        assertThat(portal.fixture().liveAppointments(request)).isEqualTo(1);
        assertRefused(client.post("/offers/" + java.util.UUID.randomUUID() + "/accept", Map.of()));
        assertRefused(client.post("/offers/" + java.util.UUID.randomUUID() + "/decline", Map.of()));
        assertRefused(client.post("/sign-out", Map.of()));
        assertThat(client.get("/referrals").statusCode()).as("still signed in").isEqualTo(200);
        assertThat(client.submit("/sign-out", Map.of()).statusCode()).isEqualTo(303);
        assertThat(client.get("/referrals").statusCode()).as("signed out").isEqualTo(303);
    }

    @Test
    void sessionAndCsrfCookiesAreHttpOnlySecureAndSameSite() {
        PortalFixture.Patient patient = portal.fixture().adult();
        PortalClient client = Journeys.signedIn(portal, patient);
        for (String cookie : new String[] {"portal_session", "portal_csrf"}) {
            String header = client.setCookieHeader(cookie);
            assertThat(header).as(cookie).isNotNull();
            assertThat(header.toLowerCase())
                    .as(cookie)
                    .contains("httponly")
                    .contains("secure")
                    .contains("samesite=lax")
                    .contains("path=/");
        }
        assertThat(client.setCookieHeader("portal_session").toLowerCase()).contains("max-age=1800");
    }

    @Test
    void pagesAreNeitherFramedNorCachedAndAssetsMayBeCached() {
        PortalClient client = new PortalClient(portal.url());
        SecurityHeaders.assertOnPage(client.get("/sign-in"));
        SecurityHeaders.assertOnAsset(client.get("/assets/portal.css"));
    }

    @Test
    void guessingDateOfBirthAndPostcodeLocksTheLink() {
        PortalFixture.Patient patient = portal.fixture().adult();
        String token = portal.context().getBean(SignInLinks.class).issue(new PatientId(patient.id()));
        PortalClient client = new PortalClient(portal.url());
        client.get("/l/" + token);
        Map<String, String> wrong = Map.of("day", "1", "month", "1", "year", "1970", "postcode", "B1 1AA");
        for (int left = 4; left >= 1; left--) {
            HttpResponse<String> response = client.submit("/l/" + token, wrong);
            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(response.body()).contains("do not match our records").contains("try " + left + " more times");
        }
        HttpResponse<String> fifth = client.submit("/l/" + token, wrong);
        assertThat(fifth.statusCode()).isEqualTo(403);
        assertThat(fifth.body()).contains("This link has been locked");
        HttpResponse<String> right = client.signInWithLink(token, patient);
        assertThat(right.statusCode())
                .as("the right answer no longer opens a locked link")
                .isEqualTo(403);
        assertThat(client.cookies()).doesNotContainKey("portal_session");
        int locked = portal.context()
                .getBean(Jdbi.class)
                .withHandle(h -> h.createQuery(
                                "select count(*) from sign_in_link where patient_id = :p and locked_at is not null")
                        .bind("p", patient.id())
                        .mapTo(Integer.class)
                        .one());
        assertThat(locked).isEqualTo(1);
    }

    @Test
    void manyAnswersFromOneAddressAreSlowedDownAcrossLinks() {
        PortalServer strict = PortalServer.start(Map.of(
                "portal.answer-attempts-per-address",
                3,
                "portal.redis-key-prefix",
                org.imagingnetwork.testsupport.TestRedis.get().keyPrefix() + "strict:"));
        try {
            PortalClient client = new PortalClient(strict.url());
            Map<String, String> wrong = Map.of("day", "1", "month", "1", "year", "1970", "postcode", "B1 1AA");
            int tooMany = 0;
            for (int i = 0; i < 5; i++) {
                PortalFixture.Patient patient = strict.fixture().adult();
                String token = strict.context().getBean(SignInLinks.class).issue(new PatientId(patient.id()));
                client.get("/l/" + token);
                HttpResponse<String> response = client.submit("/l/" + token, wrong);
                if (response.statusCode() == 429) {
                    tooMany++;
                    assertThat(response.body()).contains("Too many attempts");
                }
            }
            assertThat(tooMany).isEqualTo(2);
        } finally {
            strict.stop();
        }
    }

    @Test
    void behindATrustedBalancerEachPatientsAddressHasItsOwnLimit() {
        PortalServer behindBalancer = PortalServer.start(Map.of(
                "portal.answer-attempts-per-address",
                2,
                "portal.trusted-proxies",
                "127.0.0.1/32",
                "portal.redis-key-prefix",
                org.imagingnetwork.testsupport.TestRedis.get().keyPrefix() + "balanced:"));
        try {
            Map<String, String> wrong = Map.of("day", "1", "month", "1", "year", "1970", "postcode", "B1 1AA");
            List<Integer> first = answersFrom(behindBalancer, "198.51.100.1", 3, wrong);
            List<Integer> second = answersFrom(behindBalancer, "198.51.100.2", 2, wrong);

            assertThat(first).containsExactly(422, 422, 429);
            assertThat(second).as("another patient behind the same balancer").containsExactly(422, 422);
        } finally {
            behindBalancer.stop();
        }
    }

    @Test
    void aForwardedAddressFromAnUntrustedPeerDoesNotEscapeTheLimit() {
        PortalServer direct = PortalServer.start(Map.of(
                "portal.answer-attempts-per-address",
                2,
                "portal.redis-key-prefix",
                org.imagingnetwork.testsupport.TestRedis.get().keyPrefix() + "direct:"));
        try {
            Map<String, String> wrong = Map.of("day", "1", "month", "1", "year", "1970", "postcode", "B1 1AA");
            List<Integer> statuses = new ArrayList<>();
            for (String forged : List.of("198.51.100.1", "198.51.100.2", "198.51.100.3")) {
                statuses.addAll(answersFrom(direct, forged, 1, wrong));
            }

            assertThat(statuses).containsExactly(422, 422, 429);
        } finally {
            direct.stop();
        }
    }

    /** Wrong answers, each on a new patient's link, sent with this X-Forwarded-For; their statuses. */
    private static List<Integer> answersFrom(
            PortalServer server, String forwardedFor, int answers, Map<String, String> wrong) {
        PortalClient client = new PortalClient(server.url());
        client.setHeader("X-Forwarded-For", forwardedFor);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < answers; i++) {
            PortalFixture.Patient patient = server.fixture().adult();
            String token = server.context().getBean(SignInLinks.class).issue(new PatientId(patient.id()));
            client.get("/l/" + token);
            statuses.add(client.submit("/l/" + token, wrong).statusCode());
        }
        return statuses;
    }

    private static Map<String, String> withToken(Map<String, String> form, String token) {
        Map<String, String> copy = new java.util.HashMap<>(form);
        copy.put("csrfToken", token);
        return copy;
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Sorry, we could not accept that form");
    }
}
