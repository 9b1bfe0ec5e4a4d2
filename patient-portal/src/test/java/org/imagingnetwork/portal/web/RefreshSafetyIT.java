package org.imagingnetwork.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.signin.SignInLinks;
import org.imagingnetwork.portal.support.Journeys;
import org.imagingnetwork.portal.support.PortalClient;
import org.imagingnetwork.portal.support.PortalFixture;
import org.imagingnetwork.portal.support.PortalServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Post/redirect/get on every form: each POST route the router knows, submitted as a patient would,
 * answers 303 with a page to GET, so a refresh or the back button repeats a page view and never the
 * action. A POST route added without a case here fails the walk.
 */
class RefreshSafetyIT {

    private static PortalServer portal;

    @BeforeAll
    static void start() {
        portal = PortalServer.get();
    }

    /** A valid submission of the route, as a patient makes it, returning the answer and the client. */
    private record Submitted(PortalClient client, HttpResponse<String> response) {}

    private static final Map<String, Function<PortalFixture, Submitted>> CASES = new LinkedHashMap<>();

    static {
        CASES.put("/referrals/{id}/hold", fixture -> {
            Journeys.Waiting waiting = Journeys.waitingAdult(portal, PortalFixture.CT_CAP);
            long slot = Journeys.firstSlot(waiting.client(), waiting.request(), PortalFixture.GENERAL);
            HttpResponse<String> held = waiting.client()
                    .submit(
                            "/referrals/" + waiting.request() + "/hold",
                            Map.of("slot", String.valueOf(slot), "site", PortalFixture.GENERAL));
            // Confirmed, so the hold stands in no other test's way.
            waiting.client()
                    .submit("/referrals/" + waiting.request() + "/confirm", Map.of("slot", String.valueOf(slot)));
            return new Submitted(waiting.client(), held);
        });
        CASES.put("/referrals/{id}/confirm", fixture -> {
            Journeys.Waiting waiting = Journeys.waitingAdult(portal, PortalFixture.CT_CAP);
            return new Submitted(
                    waiting.client(), Journeys.book(waiting.client(), waiting.request(), PortalFixture.GENERAL));
        });
        CASES.put("/referrals/{id}/cancel", fixture -> {
            Journeys.Waiting waiting = Journeys.waitingAdult(portal, PortalFixture.CT_CAP);
            Journeys.book(waiting.client(), waiting.request(), PortalFixture.GENERAL);
            String cancel = "/referrals/" + waiting.request() + "/cancel";
            waiting.client().get(cancel);
            return new Submitted(waiting.client(), waiting.client().submit(cancel, Map.of("reason", "cannotAttend")));
        });
        CASES.put("/referrals/{id}/short-notice", fixture -> {
            Journeys.Waiting waiting = Journeys.waitingAdult(portal, PortalFixture.MRI_BRAIN);
            String form = "/referrals/" + waiting.request() + "/short-notice";
            waiting.client().get(form);
            return new Submitted(waiting.client(), waiting.client().submit(form, Map.of("notice", "24")));
        });
        CASES.put("/offers/{id}/accept", fixture -> answerAnOffer(fixture, "accept", Duration.ofDays(17)));
        CASES.put("/offers/{id}/decline", fixture -> answerAnOffer(fixture, "decline", Duration.ofDays(18)));
        CASES.put("/l/{token}", fixture -> {
            PortalFixture.Patient patient = fixture.adult();
            fixture.waitingRequest(patient, PortalFixture.MRI_BRAIN);
            PortalClient client = new PortalClient(portal.url());
            String token = portal.context().getBean(SignInLinks.class).issue(new PatientId(patient.id()));
            return new Submitted(client, client.signInWithLink(token, patient));
        });
        CASES.put("/sign-out", fixture -> {
            Journeys.Waiting waiting = Journeys.waitingAdult(portal, PortalFixture.MRI_BRAIN);
            waiting.client().get("/referrals");
            return new Submitted(waiting.client(), waiting.client().submit("/sign-out", Map.of()));
        });
    }

    @Test
    void everyPostRouteHasACaseHere() {
        Set<String> posts = portal.context()
                .getBean(Router.class)
                .uriRoutes()
                .filter(r -> r.getHttpMethod() == HttpMethod.POST)
                .filter(r -> r.getTargetMethod().getDeclaringType().getName().startsWith("org.imagingnetwork.portal"))
                .map(r -> ((UriRouteInfo<?, ?>) r).getUriMatchTemplate().toString())
                .collect(Collectors.toSet());

        assertThat(posts).containsExactlyInAnyOrderElementsOf(CASES.keySet());
    }

    @Test
    void everyPostAnswersWithARedirectToAPageThatCanBeLoadedAgain() {
        for (Map.Entry<String, Function<PortalFixture, Submitted>> route : CASES.entrySet()) {
            Submitted submitted = route.getValue().apply(portal.fixture());

            assertThat(submitted.response().statusCode())
                    .as("POST %s", route.getKey())
                    .isEqualTo(303);
            String location =
                    submitted.response().headers().firstValue("Location").orElseThrow();
            for (int load = 0; load < 2; load++) {
                HttpResponse<String> page = submitted.client().get(location);
                assertThat(page.statusCode())
                        .as("GET %s after POST %s, load %d", location, route.getKey(), load)
                        .isLessThan(500);
            }
        }
    }

    /** An open offer of a free MRI slot for a new waiting patient, answered from its page. */
    private static Submitted answerAnOffer(PortalFixture fixture, String answer, Duration ahead) {
        Journeys.Waiting waiting = Journeys.waitingAdult(portal, PortalFixture.MRI_BRAIN);
        long slot = fixture.freeSlot("ZP2AA-MR1", ahead);
        UUID offer = UUID.randomUUID();
        portal.context().getBean(Jdbi.class).useHandle(h -> h.execute("""
                insert into offer (id, request_id, slot_id, status, offered_at, offered_by, expires_at, source)
                values (?, ?, ?, 'OPEN', now(), 'system:test', now() + interval '1 hour', 'test')
                """, offer, waiting.request(), slot));
        waiting.client().get("/offers/" + offer);
        return new Submitted(waiting.client(), waiting.client().submit("/offers/" + offer + "/" + answer, Map.of()));
    }
}
