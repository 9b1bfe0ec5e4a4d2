package org.imagingnetwork.portal.support;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Cancel;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.signin.SignInLinks;

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

    /** The patient books the slot for their request through the booking service, as the portal does. */
    public static BookingOutcome.Booked bookDirectly(
            PortalServer portal, PortalFixture.Patient patient, long request, long slot) {
        BookingOutcome outcome = portal.context()
                .getBean(BookingService.class)
                .book(new Book(
                        new RequestId(request),
                        new SlotId(slot),
                        Actor.patient(new PatientId(patient.id())),
                        Optional.empty()));
        if (!(outcome instanceof BookingOutcome.Booked booked)) {
            throw new IllegalStateException("could not book slot " + slot + ": " + outcome);
        }
        return booked;
    }

    /** Someone books this free MRI slot and cancels it: the release reaches the offer engine. */
    public static void release(PortalServer portal, long slot) {
        PortalFixture.Patient someone = portal.fixture().adult();
        long request = portal.fixture().waitingRequest(someone, PortalFixture.MRI_BRAIN);
        BookingOutcome.Booked booked = bookDirectly(portal, someone, request, slot);
        portal.context()
                .getBean(BookingService.class)
                .cancel(new Cancel(
                        booked.appointment().id(),
                        Actor.patient(new PatientId(someone.id())),
                        "Patient: cannotAttend",
                        true));
    }

    /** The offers of a slot once there are at least this many (or after ten seconds). */
    public static List<Map<String, Object>> offersOnceMade(PortalFixture fixture, long slot, int count)
            throws InterruptedException {
        for (int i = 0; i < 100 && fixture.offersOf(slot).size() < count; i++) {
            Thread.sleep(100);
        }
        return fixture.offersOf(slot);
    }
}
