package org.imagingnetwork.portal.support;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.portal.signin.SignInLinks;

/** Steps several HTTP-level tests share: signing a patient in and booking through the pages. */
public final class Journeys {

    private static final Pattern FIRST_SLOT = Pattern.compile("name=\"slot\" id=\"slot-([0-9]+)\"");

    private Journeys() {}

    public static PortalClient signedIn(PortalServer portal, PortalFixture.Patient patient) {
        PortalClient client = new PortalClient(portal.url());
        String token = portal.context().getBean(SignInLinks.class).issue(new PatientId(patient.id()));
        HttpResponse<String> response = client.signInWithLink(token, patient);
        if (response.statusCode() != 303) {
            throw new IllegalStateException("sign-in failed: " + response.statusCode());
        }
        return client;
    }

    /** A new adult patient waiting for an exam, signed in. */
    public static Waiting waitingAdult(PortalServer portal, String exam) {
        PortalFixture.Patient patient = portal.fixture().adult();
        long request = portal.fixture().waitingRequest(patient, exam);
        return new Waiting(patient, request, signedIn(portal, patient));
    }

    public record Waiting(PortalFixture.Patient patient, long request, PortalClient client) {}

    /** The first free slot offered at a site on the "choose when" page. */
    public static long firstSlot(PortalClient client, long request, String site) {
        HttpResponse<String> when = client.get("/referrals/" + request + "/where/" + site);
        Matcher m = FIRST_SLOT.matcher(when.body());
        if (!m.find()) {
            throw new IllegalStateException("no free slot shown at " + site + ": " + when.statusCode());
        }
        return Long.parseLong(m.group(1));
    }

    /** Books the first free time at a site through the hold and confirm pages. */
    public static HttpResponse<String> book(PortalClient client, long request, String site) {
        long slot = firstSlot(client, request, site);
        client.submit("/referrals/" + request + "/hold", Map.of("slot", String.valueOf(slot), "site", site));
        return client.submit("/referrals/" + request + "/confirm", Map.of("slot", String.valueOf(slot)));
    }
}
