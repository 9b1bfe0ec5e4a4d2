package org.imagingnetwork.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imagingnetwork.portal.support.Journeys;
import org.imagingnetwork.portal.support.PortalClient;
import org.imagingnetwork.portal.support.PortalFixture;
import org.imagingnetwork.portal.support.PortalServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route of the portal, found through Micronaut's router rather than listed by hand, so a
 * route added later is covered without anyone remembering to: each has an explicit security rule,
 * each POST refuses a form without its CSRF token, and patient pages need the patient role, not
 * just any session.
 */
class RouteSecurityIT {

    private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z]+)[^}]*}");

    private static PortalServer portal;

    @BeforeAll
    static void start() {
        portal = PortalServer.get();
    }

    private static List<UriRouteInfo<Object, Object>> portalRoutes() {
        return portal.context()
                .getBean(Router.class)
                .uriRoutes()
                .map(r -> (UriRouteInfo<Object, Object>) r)
                .filter(r -> r.getTargetMethod().getDeclaringType().getName().startsWith("org.imagingnetwork.portal"))
                .toList();
    }

    @Test
    void everyRouteHasAnExplicitSecurityRule() {
        List<UriRouteInfo<Object, Object>> routes = portalRoutes();
        assertThat(routes).hasSizeGreaterThan(20);
        assertThat(routes)
                .filteredOn(r -> !r.getTargetMethod().hasAnnotation(Secured.class))
                .as("routes without @Secured on the method or its controller")
                .isEmpty();
    }

    @Test
    void everyPostRefusesAFormWithoutItsCsrfToken() {
        PortalFixture.Patient patient = portal.fixture().adult();
        long request = portal.fixture().waitingRequest(patient, PortalFixture.MRI_BRAIN);
        PortalClient client = Journeys.signedIn(portal, patient);
        List<UriRouteInfo<Object, Object>> posts = portalRoutes().stream()
                .filter(r -> r.getHttpMethod() == HttpMethod.POST)
                .toList();
        assertThat(posts).hasSizeGreaterThanOrEqualTo(8);
        for (UriRouteInfo<Object, Object> route : posts) {
            String path = expand(route, request);
            HttpResponse<String> response = client.post(path, Map.of("slot", "1", "site", PortalFixture.GENERAL));
            assertThat(response.statusCode())
                    .as("POST %s without its token", path)
                    .isEqualTo(403);
        }
        assertThat(portal.fixture().liveAppointments(request)).isZero();
        assertThat(client.get("/referrals").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void aSessionWithoutThePatientRoleOpensNoPatientPage() {
        PortalFixture.Patient patient = portal.fixture().adult();
        long request = portal.fixture().waitingRequest(patient, PortalFixture.MRI_BRAIN);
        String token = portal.context()
                .getBean(TokenGenerator.class)
                .generateToken(Authentication.build(String.valueOf(patient.id()), List.of("STAFF")), 600)
                .orElseThrow();
        PortalClient client = new PortalClient(portal.url());
        client.setCookie("portal_session", token);

        for (String page : List.of("/referrals", "/referrals/" + request, "/referrals/" + request + "/where")) {
            HttpResponse<String> response = client.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(404);
            assertThat(response.body()).doesNotContain(patient.nhsNumber());
        }
    }

    /** The route's URI with each variable filled by a value of its argument's type. */
    private static String expand(UriRouteInfo<Object, Object> route, long request) {
        Matcher m = VARIABLE.matcher(route.getUriMatchTemplate().toString());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            Class<?> type = route.getTargetMethod().getArguments().length == 0
                    ? String.class
                    : java.util.Arrays.stream(route.getTargetMethod().getArguments())
                            .filter(a -> a.getName().equals(m.group(1)))
                            .map(Argument::getType)
                            .findFirst()
                            .orElse(String.class);
            String value = type == UUID.class
                    ? UUID.randomUUID().toString()
                    : type == String.class ? "x" : String.valueOf(request);
            m.appendReplacement(path, value);
        }
        m.appendTail(path);
        return path.toString();
    }
}
