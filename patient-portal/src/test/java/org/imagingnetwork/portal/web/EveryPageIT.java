package org.imagingnetwork.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import io.micronaut.context.MessageSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.signin.SignInLinks;
import org.imagingnetwork.portal.support.Journeys;
import org.imagingnetwork.portal.support.PortalFixture;
import org.imagingnetwork.portal.support.PortalServer;
import org.imagingnetwork.testsupport.NotifyStub;
import org.imagingnetwork.testsupport.TestRedis;
import org.imagingnetwork.testsupport.web.Browser;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page the portal can show, in English and in Welsh, on a 320 px phone in a real browser:
 * sign-in and its refusals, each step of booking, moving and cancelling with their error states,
 * the pages for a time that is no longer free, the released-slot offer pages, and the error pages
 * (not found, bad request, refused form, failure). Each is screenshotted, scanned by axe-core (no
 * violations allowed) and checked for sideways scrolling, and its heading is checked to be in the
 * page's language.
 */
class EveryPageIT {

    private static final int PHONE = 320;

    private static PortalServer portal;

    @BeforeAll
    static void portal() {
        assumeTrue(Browser.available(), Browser.SKIP_REASON);
        portal = PortalServer.get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void signInPagesAndErrorPages(String language) {
        PortalFixture.Patient patient = patient(portal, language);
        try (Browser browser = new Browser("every-" + language + "-signin", true, PHONE)) {
            Page page = browser.page();
            Pages pages = new Pages(portal, browser, language);
            pages.switchLanguage("/sign-in");
            pages.check("01-start", "signin.title");
            page.navigate(portal.url() + "/sign-in?failed=true");
            pages.check("02-start-nhs-login-failed", "signin.title");
            assertThat(page.locator(".nhsuk-error-summary").textContent()).contains(pages.text("signin.failed.body"));

            String link = link(portal, patient, Optional.empty());
            page.navigate(link);
            pages.check("03-questions", "signin.questions.title");
            pages.submit();
            pages.check("04-questions-missing", "signin.questions.title");
            assertThat(page.locator(".nhsuk-error-summary").textContent())
                    .contains(pages.text("signin.error.dob.missing"))
                    .contains(pages.text("signin.error.postcode.missing"));
            pages.answer(LocalDate.of(1970, 1, 1), "B1 1AA");
            pages.check("05-questions-wrong", "signin.questions.title");
            assertThat(page.locator(".nhsuk-error-summary").textContent()).contains(pages.text("signin.error.noMatch"));
            for (int i = 0; i < 4; i++) {
                pages.answer(LocalDate.of(1970, 1, 1), "B1 1AA");
            }
            pages.check("06-locked", "signin.locked.title");

            page.navigate(portal.url() + "/l/not-a-real-link");
            pages.check("07-expired", "signin.expired.title");

            pages.signIn(patient, Optional.empty());
            pages.check("08-referrals", "referrals.title");
            page.navigate(portal.url() + "/no/such/page");
            pages.check("09-not-found", "error.notFound.title");
            page.navigate(portal.url() + "/referrals/99999999");
            pages.check("10-referral-not-found", "error.notFound.title");
            page.navigate(portal.url() + "/referrals/not-a-number");
            pages.check("11-bad-request", "error.badRequest.title");
            page.navigate(portal.url() + "/test-only/failure");
            pages.check("12-unexpected", "error.unexpected.title");
            assertThat(page.locator("main").textContent())
                    .as("the patient gets a reference, never the failure")
                    .doesNotContain("IllegalStateException")
                    .doesNotContain("must not see");

            // A form whose token does not match this browser's (a page from another site, say).
            page.navigate(portal.url() + "/referrals");
            page.evaluate(
                    "document.querySelector('.nhsuk-header__account-form input[name=csrfToken]').value = 'forged'");
            page.locator(".nhsuk-header__account-button").click();
            pages.check("13-form-refused", "error.csrf.title");
            page.navigate(portal.url() + "/referrals");
            assertThat(page.locator("h1").textContent()).as("still signed in").isEqualTo(pages.text("referrals.title"));
            page.locator(".nhsuk-header__account-button").click();
            pages.check("14-signed-out", "signin.signed-out.title");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void tooManyAnswersFromOneAddress(String language) {
        PortalServer strict = PortalServer.start(Map.of(
                "portal.answer-attempts-per-address",
                1,
                "portal.redis-key-prefix",
                TestRedis.get().keyPrefix() + "every-page-" + language + ":"));
        try (Browser browser = new Browser("every-" + language + "-too-many", true, PHONE)) {
            Pages pages = new Pages(strict, browser, language);
            pages.switchLanguage("/sign-in");
            for (int i = 0; i < 2; i++) {
                browser.page().navigate(link(strict, patient(strict, language), Optional.empty()));
                pages.answer(LocalDate.of(1970, 1, 1), "B1 1AA");
            }
            pages.check("01-too-many", "signin.too-many.title");
        } finally {
            strict.stop();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void bookingMovingAndCancellingPages(String language) {
        PortalFixture.Patient patient = patient(portal, language);
        long request = portal.fixture().waitingRequest(patient, PortalFixture.MRI_BRAIN);
        try (Browser browser = new Browser("every-" + language + "-booking", true, PHONE)) {
            Page page = browser.page();
            Pages pages = new Pages(portal, browser, language);
            pages.switchLanguage("/sign-in");
            pages.signIn(patient, Optional.of("/referrals/" + request));
            pages.check("01-referral", null);
            page.locator("main a.nhsuk-button").click();
            pages.check("02-where", "where.title");
            // No session runs in the afternoon in the test diary.
            page.locator("label[for=times-afternoon]").click();
            pages.submit();
            pages.check("03-where-none", "where.title");
            assertThat(page.locator("main").textContent()).contains(pages.text("where.none"));
            page.navigate(portal.url() + "/referrals/" + request + "/where/" + PortalFixture.GENERAL);
            pages.check("04-when", "when.title");
            pages.submit();
            pages.check("05-when-missing", "when.title");
            assertThat(page.locator(".nhsuk-error-summary").textContent()).contains(pages.text("when.missing"));

            // Someone else books the first time shown while this patient is looking at it. (Booking
            // it, not only holding it: a hold would stand in the way of other tests for 5 minutes.)
            Journeys.Waiting other = Journeys.waitingAdult(portal, PortalFixture.MRI_BRAIN);
            long held = Journeys.firstSlot(other.client(), other.request(), PortalFixture.GENERAL);
            assertThat(Journeys.book(other.client(), other.request(), PortalFixture.GENERAL)
                            .statusCode())
                    .isEqualTo(303);
            page.locator("label[for=slot-" + held + "]").click();
            pages.submit();
            pages.check("06-when-taken", "when.title");
            assertThat(page.locator(".nhsuk-error-summary").textContent()).contains(pages.text("when.taken"));

            // A slot id changed in the form to a time this referral cannot have (a CT slot).
            long ctSlot = portal.fixture().freeSlot("ZP1AA-CT1", Duration.ofDays(5));
            page.evaluate("document.querySelector('#times input[name=slot]').value = '" + ctSlot + "'");
            page.locator("#times .nhsuk-radios__label").first().click();
            pages.submit();
            pages.check("07-where-unavailable", "where.title");
            assertThat(page.locator(".nhsuk-error-summary").textContent()).contains(pages.text("where.unavailable"));
            page.navigate(portal.url() + "/referrals/" + request + "/where/" + PortalFixture.GENERAL);

            pages.chooseTimeOtherThan(held);
            pages.submit();
            pages.check("07-confirm", "confirm.title");
            pages.submit();
            pages.check("08-booked", "booked.title");
            assertThat(portal.fixture().liveAppointments(request)).isEqualTo(1);

            page.navigate(portal.url() + "/referrals/" + request + "/short-notice");
            pages.check("09-short-notice", "shortNotice.title");
            // "No" is chosen until the patient picks another answer; a form with no answer at all
            // is a malformed one.
            page.evaluate("document.querySelectorAll('input[name=notice]').forEach(i => i.checked = false)");
            pages.submit();
            pages.check("10-short-notice-missing", "shortNotice.title");
            assertThat(page.locator(".nhsuk-error-summary").textContent()).contains(pages.text("shortNotice.error"));
            page.locator("label[for=notice-48]").click();
            pages.submit();
            pages.check("11-referral-booked", null);
            assertThat(page.locator("main").textContent()).contains(pages.text("referral.change.heading"));

            page.navigate(portal.url() + "/referrals/" + request + "/where");
            pages.check("12-where-moving", "where.title");
            assertThat(page.locator("main").textContent()).contains(pages.text("where.rescheduling"));
            page.navigate(portal.url() + "/referrals/" + request + "/where/" + PortalFixture.CDC);
            pages.chooseTimeOtherThan(0);
            pages.submit();
            pages.check("13-confirm-moving", "confirm.title");
            assertThat(page.locator("main").textContent()).contains(pages.text("confirm.rescheduling"));
            pages.submit();
            pages.check("14-moved", "moved.title");
            assertThat(page.locator("main").textContent()).contains("Portal Community Diagnostic Centre");

            page.navigate(portal.url() + "/referrals/" + request + "/cancel");
            pages.check("15-cancel", "cancel.title");
            pages.submit();
            pages.check("16-cancel-missing", "cancel.title");
            page.locator("label[for=reason-cannotAttend]").click();
            pages.submit();
            pages.check("17-cancelled", "cancelled.title");
        }
        assertThat(portal.fixture().liveAppointments(request)).isZero();
        assertThat(portal.fixture().requestState(request)).isEqualTo("WAITING");
        if ("cy".equals(language)) {
            // Texts to a Welsh speaker are in Welsh, the exam's name, dates and times ("9:30yb") included.
            List<String> welsh = portal.notifyStub().mentioning("Mae eich Sgan MRI o").stream()
                    .map(NotifyStub.Received::body)
                    .toList();
            assertThat(welsh).isNotEmpty().allMatch(body -> body.contains("Dydd "));
            assertThat(String.join("\n", welsh))
                    .doesNotContainPattern("Monday|Tuesday|Wednesday|Thursday|Friday")
                    .doesNotContainPattern("[0-9](am|pm)\\b")
                    .containsPattern("[0-9](yb|yh)\\b");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void pagesForATimeThatIsNoLongerFree(String language) {
        PortalServer quick = PortalServer.start(Map.of("portal.hold-length", "2s"));
        try (Browser browser = new Browser("every-" + language + "-no-longer-free", true, PHONE)) {
            Page page = browser.page();
            Pages pages = new Pages(quick, browser, language);
            PortalFixture.Patient patient = patient(quick, language);
            long request = quick.fixture().waitingRequest(patient, PortalFixture.CT_CAP);
            pages.switchLanguage("/sign-in");
            pages.signIn(patient, Optional.of("/referrals/" + request + "/where/" + PortalFixture.GENERAL));
            long slot = pages.chooseTimeOtherThan(0);
            pages.submit();
            // The hold runs out while the patient reads the page; the countdown says so.
            page.locator("[data-expired]")
                    .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                            .setState(com.microsoft.playwright.options.WaitForSelectorState.VISIBLE)
                            .setTimeout(10_000));
            pages.check("01-confirm-hold-ended", "confirm.title");
            assertThat(page.locator("[data-expired]").textContent()).isEqualTo(pages.text("confirm.expired"));

            // Meanwhile someone else books it.
            PortalFixture.Patient other = quick.fixture().adult();
            long othersRequest = quick.fixture().waitingRequest(other, PortalFixture.CT_CAP);
            assertThat(quick.context()
                            .getBean(BookingService.class)
                            .book(new Book(
                                    new RequestId(othersRequest),
                                    new SlotId(slot),
                                    Actor.patient(new PatientId(other.id())),
                                    Optional.empty())))
                    .isInstanceOf(BookingOutcome.Booked.class);
            pages.submit();
            pages.check("02-taken", "gone.title");

            // The booking team limits the referral to another site while the patient confirms.
            page.navigate(quick.url() + "/referrals/" + request + "/where/" + PortalFixture.GENERAL);
            pages.chooseTimeOtherThan(slot);
            pages.submit();
            quick.fixture().onlyAt(request, PortalFixture.ROYAL);
            pages.submit();
            pages.check("03-not-suitable", "notEligible.title");
            assertThat(page.locator("main").textContent())
                    .contains(pages.text("notEligible.body"))
                    .as("the core's reason is for staff, in English")
                    .doesNotContain("The patient has not chosen this site");
            assertThat(quick.fixture().liveAppointments(request)).isZero();
        } finally {
            quick.stop();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void offerPages(String language) throws Exception {
        PortalFixture fixture = portal.fixture();
        // Only for the Royal Infirmary and waiting longer than anyone other tests leave in this
        // database, so these three are the ones asked and are never asked about other tests' slots.
        int longest = "en".equals(language) ? 2000 : 1000;
        List<Asked> asked = List.of(
                shortNotice(fixture, language, longest),
                shortNotice(fixture, language, longest - 1),
                shortNotice(fixture, language, longest - 2));
        try (Browser browser = new Browser("every-" + language + "-offer", true, PHONE)) {
            Page page = browser.page();
            Pages pages = new Pages(portal, browser, language);
            // Days apart from the other tests' released slots at this site.
            long slot = fixture.freeSlot("ZP2AA-MR1", Duration.ofDays("en".equals(language) ? 7 : 9));
            Journeys.release(portal, slot);
            List<Map<String, Object>> offers = Journeys.offersOnceMade(fixture, slot, 3);
            assertThat(offers)
                    .extracting(o -> ((Number) o.get("request_id")).longValue())
                    .containsExactlyInAnyOrderElementsOf(
                            asked.stream().map(Asked::request).toList());
            Asked decliner = asked.get(0);
            Asked accepter = asked.get(1);
            Asked lapsed = asked.get(2);
            portal.context()
                    .getBean(Jdbi.class)
                    .useHandle(h -> h.createUpdate("""
                                    update offer set offered_at = now() - interval '1 hour', expires_at = now() - interval '1 minute'
                                    where id = cast(:id as uuid)
                                    """)
                            .bind("id", offerOf(offers, lapsed))
                            .execute());

            pages.switchLanguage("/sign-in");
            pages.signIn(decliner.patient(), Optional.of("/referrals/" + decliner.request()));
            pages.check("01-referral-with-offer", null);
            assertThat(page.locator(".nhsuk-card--warning h2").textContent())
                    .isEqualTo(pages.text("referral.offer.heading"));
            page.locator(".nhsuk-card--warning a").click();
            pages.check("02-offer", "offer.title");
            page.locator("form[action$='/decline'] button").click();
            pages.check("03-declined", "offer.declined.title");

            page.context().clearCookies();
            pages.switchLanguage("/sign-in");
            pages.signIn(accepter.patient(), Optional.of("/offers/" + offerOf(offers, accepter)));
            page.locator("form[action$='/accept'] button").click();
            pages.check("04-accepted", "booked.title");

            page.context().clearCookies();
            pages.switchLanguage("/sign-in");
            pages.signIn(decliner.patient(), Optional.of("/offers/" + offerOf(offers, decliner)));
            pages.check("05-gone", "offer.gone.title");

            page.context().clearCookies();
            pages.switchLanguage("/sign-in");
            pages.signIn(lapsed.patient(), Optional.of("/offers/" + offerOf(offers, lapsed)));
            pages.check("06-ended", "offer.expired.title");
            assertThat(fixture.liveAppointmentsOnSlot(slot)).isEqualTo(1);
        } finally {
            // Nobody else's released slots are offered to these patients once this test is done.
            portal.context()
                    .getBean(Jdbi.class)
                    .useHandle(h -> h.createUpdate(
                                    "update request set short_notice = false, short_notice_hours = null where id = any(:ids)")
                            .bindArray(
                                    "ids",
                                    Long.class,
                                    asked.stream().map(Asked::request).toList())
                            .execute());
        }
    }

    private record Asked(PortalFixture.Patient patient, long request) {}

    private static Asked shortNotice(PortalFixture fixture, String language, int daysWaiting) {
        PortalFixture.Patient patient = patient(portal, language);
        long request = fixture.waitingRequest(patient, PortalFixture.MRI_BRAIN);
        fixture.shortNotice(request, 24);
        fixture.priority(request, "URGENT", daysWaiting);
        fixture.onlyAt(request, PortalFixture.ROYAL);
        return new Asked(patient, request);
    }

    private static String offerOf(List<Map<String, Object>> offers, Asked asked) {
        return offers.stream()
                .filter(o -> ((Number) o.get("request_id")).longValue() == asked.request())
                .map(o -> o.get("id").toString())
                .findFirst()
                .orElseThrow();
    }

    private static PortalFixture.Patient patient(PortalServer server, String language) {
        return server.fixture().patient("Gwen", LocalDate.of(1975, 6, 1), "B15 2TT", language.toUpperCase(Locale.ROOT));
    }

    private static String link(PortalServer server, PortalFixture.Patient patient, Optional<String> next) {
        return server.context().getBean(SignInLinks.class).url(new PatientId(patient.id()), next);
    }

    /** Driving the pages of one server in one language, checking each against that language's words. */
    private static final class Pages {

        private final PortalServer server;
        private final Browser browser;
        private final Locale locale;
        private final String language;

        Pages(PortalServer server, Browser browser, String language) {
            this.server = server;
            this.browser = browser;
            this.language = language;
            this.locale = Locale.forLanguageTag(language);
        }

        String text(String key) {
            return server.context()
                    .getBean(MessageSource.class)
                    .getMessage(key, locale)
                    .orElseThrow(() -> new AssertionError("no message " + key));
        }

        /** The language link in the page header, as a patient would use it. */
        void switchLanguage(String back) {
            browser.page().navigate(server.url() + "/language/" + language + "?back=" + back);
        }

        void signIn(PortalFixture.Patient patient, Optional<String> next) {
            browser.page().navigate(link(server, patient, next));
            answer(patient.dateOfBirth(), patient.postcode());
            assertThat(browser.page().url()).endsWith(next.orElse("/referrals"));
        }

        void answer(LocalDate dateOfBirth, String postcode) {
            Page page = browser.page();
            page.locator("input[name=day]").fill(String.valueOf(dateOfBirth.getDayOfMonth()));
            page.locator("input[name=month]").fill(String.valueOf(dateOfBirth.getMonthValue()));
            page.locator("input[name=year]").fill(String.valueOf(dateOfBirth.getYear()));
            page.locator("input[name=postcode]").fill(postcode);
            submit();
        }

        /** Picks the first time on the "choose when" page that is not this slot; returns its slot. */
        long chooseTimeOtherThan(long slot) {
            Page page = browser.page();
            String value = page.locator("#times input[name=slot]:not([value='" + slot + "'])")
                    .first()
                    .getAttribute("value");
            page.locator("label[for=slot-" + value + "]").click();
            return Long.parseLong(value);
        }

        /** The page's main form's button, whatever it says in this language. */
        void submit() {
            browser.page().locator("main form button[type=submit]").first().click();
        }

        /** Screenshot, axe-core and width check; the page is in this language and, if given, has this heading. */
        void check(String name, String headingKey) {
            Page page = browser.page();
            assertThat(page.locator("html").getAttribute("lang"))
                    .as("%s is in %s", name, language)
                    .isEqualTo(language);
            if (headingKey != null) {
                assertThat(page.locator("h1").textContent()).as(name).isEqualTo(text(headingKey));
            }
            browser.check(name);
        }
    }
}
