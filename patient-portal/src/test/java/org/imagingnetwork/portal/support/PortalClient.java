package org.imagingnetwork.portal.support;

import java.net.http.HttpResponse;
import java.util.Map;
import org.imagingnetwork.testsupport.web.WebClient;

/** The shared browser-like client, and signing in as a patient through a text-message link. */
public final class PortalClient extends WebClient {

    public PortalClient(String base) {
        super(base);
    }

    /** Signs in through a text-message link with the right date of birth and postcode. */
    public HttpResponse<String> signInWithLink(String token, PortalFixture.Patient patient) {
        get("/l/" + token);
        return submit(
                "/l/" + token,
                Map.of(
                        "day", String.valueOf(patient.dateOfBirth().getDayOfMonth()),
                        "month", String.valueOf(patient.dateOfBirth().getMonthValue()),
                        "year", String.valueOf(patient.dateOfBirth().getYear()),
                        "postcode", patient.postcode()));
    }
}
