package org.imagingnetwork.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import org.imagingnetwork.testsupport.Cis2Claims;

/**
 * The staff console as a browser reaches it, through the load balancer ({@code -Dload.consoleUrl}),
 * and signing in through the CIS2 stand-in (mock-oauth2-server's login form) as a member of staff.
 */
final class ConsolePages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConsolePages() {}

    static HttpProtocolBuilder protocol() {
        return PortalPages.protocol(LoadSettings.consoleUrl());
    }

    /** The claims CIS2 gives a member of staff with this national RBAC role at this organisation, as JSON. */
    static String claims(String user, String roleCode, String organisation) {
        try {
            return JSON.writeValueAsString(Cis2Claims.of(user, "Load test " + user, roleCode, organisation));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * OpenID Connect as a browser walks it: the console sends the user to CIS2, which asks who they
     * are (the stand-in takes a user name and the claims: {@code user} and {@code claims} in the
     * session), then back to the console's callback, which starts the session and opens the home page.
     */
    static ChainBuilder signIn() {
        return exec(
                http("sign-in: to CIS2")
                        .get("/oauth/login/cis2")
                        .check(status().in(302, 303), header("Location").saveAs("cis2")),
                http("sign-in: CIS2 stand-in's form").get("#{cis2}").check(status().is(200)),
                http("sign-in: CIS2 stand-in signs in")
                        .post("#{cis2}")
                        .formParam("username", "#{user}")
                        .formParam("claims", "#{claims}")
                        .check(status().is(302), header("Location").saveAs("callback")),
                http("sign-in: back to the console")
                        .get("#{callback}")
                        .check(status().in(302, 303), header("Location").is("/home")),
                http("home").get("/home").check(status().is(200)));
    }
}
