package org.imagingnetwork.console.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.imagingnetwork.testsupport.web.WebClient;

/** A browser-like client that signs in to the console through the CIS2 stand-in, as a browser would. */
public final class StaffClient extends WebClient {

    private final MockOAuth2Server cis2;

    public StaffClient(String base, MockOAuth2Server cis2) {
        super(base);
        this.cis2 = cis2;
    }

    /** Walks the OpenID Connect redirects: console → CIS2 → console callback, which starts the session. */
    public HttpResponse<String> signIn(DemoStaff.Member member) {
        member.enqueue(cis2);
        HttpResponse<String> toProvider = get("/oauth/login/cis2");
        assertThat(toProvider.statusCode()).as("redirect to CIS2").isBetween(300, 399);
        HttpResponse<String> back =
                getElsewhere(toProvider.headers().firstValue("Location").orElseThrow());
        assertThat(back.statusCode()).as("CIS2 redirects back").isBetween(300, 399);
        return get(back.headers().firstValue("Location").orElseThrow());
    }
}
