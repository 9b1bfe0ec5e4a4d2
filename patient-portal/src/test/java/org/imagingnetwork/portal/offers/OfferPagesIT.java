package org.imagingnetwork.portal.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Cancel;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.signin.SignInLinks;
import org.imagingnetwork.portal.support.PortalFixture;
import org.imagingnetwork.portal.support.PortalServer;
import org.imagingnetwork.testsupport.web.Browser;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The released-slot offer pages on a 320 px phone, in a real browser: one patient finds the offer on
 * their referral and accepts, the next finds the appointment has gone, and a third finds their offer
 * has ended. Every page is scanned by axe-core and screenshotted.
 */
class OfferPagesIT {

    private static PortalServer portal;

    @BeforeAll
    static void portal() {
        assumeTrue(Browser.available(), Browser.SKIP_REASON);
        portal = PortalServer.get();
    }

    @Test
    void oneAcceptsTheNextFindsItGoneAndALapsedOfferHasEnded() throws Exception {
        PortalFixture fixture = portal.fixture();
        long slot = fixture.freeSlot("ZP1AA-MR1", Duration.ofDays(6));
        // Waiting longest of any urgent short-notice patient in this database, so these three are
        // asked; and only for this site, so they are never asked about other tests' slots.
        Asked first = shortNotice(fixture, 500);
        Asked second = shortNotice(fixture, 499);
        Asked third = shortNotice(fixture, 498);
        release(slot);
        List<Map<String, Object>> offers = ReleasedSlotRaceIT.waitForOffers(fixture, slot, 3);
        assertThat(offers).hasSize(3);
        portal.context()
                .getBean(Jdbi.class)
                .useHandle(h ->
                        h.createUpdate("""
                                update offer set offered_at = now() - interval '1 hour', expires_at = now() - interval '1 minute'
                                where id = cast(:id as uuid)
                                """).bind("id", offerOf(offers, third)).execute());

        try (Browser browser = new Browser("offer", true, 320)) {
            Page page = browser.page();
            // The text's link may be lost: the referral's own page shows the offer as well.
            signIn(page, first, "/referrals/" + first.request());
            assertThat(page.locator(".nhsuk-card--warning h2").textContent())
                    .isEqualTo("An earlier appointment is available");
            browser.check("01-referral");
            page.getByText("See the earlier appointment").click();
            assertThat(page.locator("h1").textContent()).isEqualTo("An earlier appointment is available");
            browser.check("02-offer");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept this appointment"))
                    .click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Appointment booked");
            browser.check("03-accepted");
            page.navigate(portal.url() + "/referrals/" + first.request());
            assertThat(page.locator(".nhsuk-card--warning").count())
                    .as("an accepted offer")
                    .isZero();

            page.context().clearCookies();
            signIn(page, second, "/offers/" + offerOf(offers, second));
            assertThat(page.locator("h1").textContent()).isEqualTo("Sorry, this appointment has gone");
            assertThat(page.locator("main").textContent()).contains("you keep your place");
            browser.check("04-gone");

            page.context().clearCookies();
            signIn(page, third, "/offers/" + offerOf(offers, third));
            assertThat(page.locator("h1").textContent()).isEqualTo("Sorry, this offer has ended");
            assertThat(page.locator("main").textContent()).contains("you keep your place");
            browser.check("05-expired");
            page.getByText("Go to your referral").click();
            assertThat(page.locator(".nhsuk-card--warning").count())
                    .as("a lapsed offer")
                    .isZero();
        }
        assertThat(fixture.liveAppointmentsOnSlot(slot)).isEqualTo(1);
        assertThat(fixture.requestState(first.request())).isEqualTo("APPOINTED");
        assertThat(fixture.offersOf(slot))
                .extracting(o -> o.get("status"))
                .containsExactlyInAnyOrder("ACCEPTED", "GONE", "EXPIRED");
    }

    private record Asked(PortalFixture.Patient patient, long request) {}

    private static Asked shortNotice(PortalFixture fixture, int daysWaiting) {
        PortalFixture.Patient patient = fixture.adult();
        long request = fixture.waitingRequest(patient, PortalFixture.MRI_BRAIN);
        fixture.shortNotice(request, 24);
        fixture.priority(request, "URGENT", daysWaiting);
        fixture.onlyAt(request, PortalFixture.GENERAL);
        return new Asked(patient, request);
    }

    private static String offerOf(List<Map<String, Object>> offers, Asked asked) {
        return offers.stream()
                .filter(o -> ((Number) o.get("request_id")).longValue() == asked.request())
                .map(o -> o.get("id").toString())
                .findFirst()
                .orElseThrow();
    }

    /** Someone books the slot and cancels it: the release reaches the offer engine. */
    private static void release(long slot) {
        PortalFixture.Patient someone = portal.fixture().adult();
        long request = portal.fixture().waitingRequest(someone, PortalFixture.MRI_BRAIN);
        BookingService bookings = portal.context().getBean(BookingService.class);
        Actor actor = Actor.patient(new PatientId(someone.id()));
        BookingOutcome booked =
                bookings.book(new Book(new RequestId(request), new SlotId(slot), actor, Optional.empty()));
        assertThat(booked).isInstanceOf(BookingOutcome.Booked.class);
        bookings.cancel(
                new Cancel(((BookingOutcome.Booked) booked).appointment().id(), actor, "Patient: cannotAttend", true));
    }

    /** Follows the text message's link, answers the two questions and lands on the offer. */
    private static void signIn(Page page, Asked asked, String next) {
        PortalFixture.Patient patient = asked.patient();
        page.navigate(portal.context().getBean(SignInLinks.class).url(new PatientId(patient.id()), Optional.of(next)));
        page.getByLabel("Day").fill(String.valueOf(patient.dateOfBirth().getDayOfMonth()));
        page.getByLabel("Month").fill(String.valueOf(patient.dateOfBirth().getMonthValue()));
        page.getByLabel("Year").fill(String.valueOf(patient.dateOfBirth().getYear()));
        page.getByLabel("What is your postcode?").fill(patient.postcode());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.url()).endsWith(next);
    }
}
