package org.imagingnetwork.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/** What every portal scenario shares: the protocol, reading a page's form token, signing in by link. */
public final class PortalPages {

    private PortalPages() {}

    /**
     * Through the load balancer, which ends TLS as in production (the portal's cookies are Secure).
     * Redirects are not followed, so each page is timed as its own request, and nothing is fetched
     * from outside this machine (Gatling's warm-up would). Each virtual user comes from an address of
     * its own ({@link VirtualAddresses}), which the load balancer forwards.
     */
    public static HttpProtocolBuilder protocol() {
        return protocol(LoadSettings.baseUrl());
    }

    /** As {@link #protocol()}, to another web app behind the load balancer (the staff console). */
    public static HttpProtocolBuilder protocol(String baseUrl) {
        return http.baseUrl(baseUrl)
                .disableFollowRedirect()
                .disableWarmUp()
                .acceptHeader("text/html")
                .acceptLanguageHeader("en-GB")
                .userAgentHeader("imaging-network-load-test")
                .header("X-Forwarded-For", session -> VirtualAddresses.of(session.userId()));
    }

    /** The CSRF token of the page's forms, into {@code csrf}. */
    public static CheckBuilder.Final csrf() {
        return regex("name=\"csrfToken\" value=\"([^\"]+)\"").saveAs("csrf");
    }

    /**
     * The text message's link, then date of birth and postcode, from a feeder record with {@code token},
     * {@code day}, {@code month}, {@code year} and {@code postcode}: a signed-in session after.
     */
    public static ChainBuilder signIn() {
        return exec(
                http("sign-in link").get("/l/#{token}").check(status().is(200), csrf()),
                http("sign-in answers")
                        .post("/l/#{token}")
                        .formParam("day", "#{day}")
                        .formParam("month", "#{month}")
                        .formParam("year", "#{year}")
                        .formParam("postcode", "#{postcode}")
                        .formParam("csrfToken", "#{csrf}")
                        .check(status().is(303), header("Location").is("/referrals")));
    }
}
