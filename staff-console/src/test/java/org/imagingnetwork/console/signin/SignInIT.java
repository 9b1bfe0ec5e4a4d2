package org.imagingnetwork.console.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.util.Map;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.DemoStaff;
import org.imagingnetwork.console.support.StaffClient;
import org.imagingnetwork.testsupport.web.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signing in through CIS2 (the local stand-in), what the session is, and how it ends. */
class SignInIT {

    private static ConsoleServer console;

    @BeforeAll
    static void console() {
        console = ConsoleServer.get();
    }

    @Test
    void aClerkSignsInWithTheirRoleAndOrganisation() throws Exception {
        DemoStaff.Member clerk = console.staff().ofTrustA(Role.BOOKINGS_CLERK);
        StaffClient client = console.signIn(clerk);

        HttpResponse<String> home = client.get("/home");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Signed in as Bookings clerk").contains(clerk.name());
        assertThat(home.body()).contains("href=\"/worklist\"").doesNotContain("href=\"/audit\"");
    }

    @Test
    void theSessionCookieIsHttpOnlySecureSameSiteAndLastsFifteenMinutes() throws Exception {
        StaffClient client = console.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
        String header = client.setCookieHeader("console_session");
        assertThat(header)
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("Secure")
                .containsIgnoringCase("SameSite=Lax");

        SignedJWT token = SignedJWT.parse(client.cookies().get("console_session"));
        long lifetime = token.getJWTClaimsSet().getExpirationTime().getTime()
                - token.getJWTClaimsSet().getIssueTime().getTime();
        assertThat(lifetime).isEqualTo(15 * 60 * 1000L);
    }

    @Test
    void everyRequestRenewsTheSessionSoOnlyIdleTimeEndsIt() throws Exception {
        StaffClient client = console.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
        SignedJWT first = SignedJWT.parse(client.cookies().get("console_session"));
        Thread.sleep(1100);

        client.get("/home");

        SignedJWT renewed = SignedJWT.parse(client.cookies().get("console_session"));
        assertThat(renewed.getJWTClaimsSet().getExpirationTime())
                .isAfter(first.getJWTClaimsSet().getExpirationTime());
        assertThat(renewed.getJWTClaimsSet().getClaim("staff_role")).isEqualTo("BOOKINGS_CLERK");
        assertThat(client.get("/home").statusCode()).isEqualTo(200);
    }

    @Test
    void aRoleTheConsoleDoesNotKnowIsNotSignedIn() {
        DemoStaff.Member stranger = new DemoStaff.Member(
                "u-unknown", "Porter", "R9999", console.staff().trustA());
        StaffClient client = new StaffClient(console.url(), console.cis2());

        HttpResponse<String> landing = client.signIn(stranger);

        assertThat(landing.headers().firstValue("Location")).hasValue("/sign-in?failed=true");
        assertThat(client.get("/home").statusCode()).isEqualTo(303);
    }

    @Test
    void anOrganisationOutsideTheNetworkIsNotSignedIn() {
        DemoStaff.Member elsewhere = console.staff().at(Role.BOOKINGS_CLERK, "RRK");
        StaffClient client = new StaffClient(console.url(), console.cis2());

        HttpResponse<String> landing = client.signIn(elsewhere);

        assertThat(landing.headers().firstValue("Location")).hasValue("/sign-in?failed=true");
    }

    @Test
    void aRoleChangedInCis2TakesEffectAtTheNextSignIn() {
        DemoStaff.Member clerk = console.staff().ofTrustA(Role.BOOKINGS_CLERK);
        StaffClient client = console.signIn(clerk);
        assertThat(client.get("/audit").statusCode()).isEqualTo(404);

        client.signIn(new DemoStaff.Member(
                clerk.userId(), clerk.name(), Role.NETWORK_ADMINISTRATOR.rbacCode(), DemoStaff.NETWORK));

        assertThat(client.get("/home").body()).contains("Signed in as Network administrator");
    }

    @Test
    void signingOutNeedsTheFormTokenAndEndsTheSession() {
        StaffClient client = console.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
        client.get("/home");

        assertThat(client.post("/sign-out", Map.of("csrfToken", "forged")).statusCode())
                .isEqualTo(403);
        assertThat(client.get("/home").statusCode()).isEqualTo(200);

        HttpResponse<String> out = client.submit("/sign-out", Map.of());
        assertThat(out.headers().firstValue("Location")).hasValue("/signed-out");
        assertThat(client.get("/home").statusCode()).isEqualTo(303);
    }

    @Test
    void withoutASessionEveryPageSendsYouToSignIn() {
        WebClient anonymous = new WebClient(console.url());
        HttpResponse<String> worklist = anonymous.get("/worklist");
        assertThat(worklist.statusCode()).isEqualTo(303);
        assertThat(worklist.headers().firstValue("Location")).hasValue("/sign-in");
        assertThat(anonymous.get("/sign-in").body()).contains("Sign in with NHS Care Identity");
    }
}
