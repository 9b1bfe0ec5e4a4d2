package org.imagingnetwork.portal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.imagingnetwork.portal.support.PortalClient;
import org.imagingnetwork.portal.support.PortalFixture;
import org.imagingnetwork.portal.support.PortalServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signing in with NHS login (OpenID Connect) against a real local provider: P9 only, matched by NHS number. */
class NhsLoginIT {

    private static PortalServer portal;

    @BeforeAll
    static void start() {
        portal = PortalServer.get();
    }

    @Test
    void aPatientProvedToP9SignsInAndSeesTheirReferrals() {
        PortalFixture.Patient patient = portal.fixture().adult();
        portal.fixture().waitingRequest(patient, PortalFixture.CHEST_XRAY);
        PortalClient client = signInThroughProvider(patient.nhsNumber(), "P9");
        HttpResponse<String> referrals = client.get("/referrals");
        assertThat(referrals.statusCode()).isEqualTo(200);
        assertThat(referrals.body()).contains("Chest X-ray");
        assertThat(client.setCookieHeader("portal_session").toLowerCase())
                .contains("httponly")
                .contains("secure");
    }

    @Test
    void aLowerLevelOfProofIsTurnedAwayWithAnExplanation() {
        PortalFixture.Patient patient = portal.fixture().adult();
        PortalClient client = signInThroughProvider(patient.nhsNumber(), "P5");
        assertThat(client.cookies()).doesNotContainKey("portal_session");
        assertThat(client.get("/referrals").statusCode()).isEqualTo(303);
        assertThat(client.get("/sign-in?failed=true").body()).contains("We could not sign you in with NHS login");
    }

    @Test
    void anNhsNumberWeDoNotHoldIsTurnedAway() {
        PortalClient client = signInThroughProvider("9434765919", "P9");
        assertThat(client.cookies()).doesNotContainKey("portal_session");
    }

    private static PortalClient signInThroughProvider(String nhsNumber, String level) {
        portal.nhsLogin()
                .enqueueCallback(new DefaultOAuth2TokenCallback(
                        "nhslogin",
                        "nhs-login-" + nhsNumber,
                        JOSEObjectType.JWT.getType(),
                        List.of("imaging-network-portal"),
                        Map.of("nhs_number", nhsNumber, "identity_proofing_level", level, "vot", level + ".Cp.Cd"),
                        3600));
        PortalClient client = new PortalClient(portal.url());
        HttpResponse<String> toProvider = client.get("/oauth/login/nhslogin");
        assertThat(toProvider.statusCode()).isBetween(302, 303);
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(portal.nhsLogin().issuerUrl("nhslogin").toString());
        HttpResponse<String> back = client.getElsewhere(authorize);
        assertThat(back.statusCode()).isEqualTo(302);
        String callback = back.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> landed = client.get(callback);
        assertThat(landed.statusCode()).isBetween(302, 303);
        return client;
    }
}
