package org.imagingnetwork.console.booking;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.util.regex.Pattern;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffBrowser;
import org.imagingnetwork.testsupport.web.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A bookings clerk with a patient on the phone, in a real browser: finds the request, searches the
 * network, asks why a site does not appear, holds a time, books it, moves it and cancels it, and
 * sends the patient a sign-in link by text and then on a printed letter;
 * axe-clean on every page, and the same pages on a 320 px phone. Playwright's assertions wait for
 * the page a click leads to, so no step reads the page it is leaving.
 */
class BookOnBehalfJourneyIT {

    private static ConsoleServer console;

    @BeforeAll
    static void console() {
        assumeTrue(Browser.available(), Browser.SKIP_REASON);
        console = ConsoleServer.get();
    }

    @Test
    void aClerkBooksMovesAndCancelsForAPatientOnThePhone() {
        long request = BookableRequests.next(console);
        try (StaffBrowser staff = new StaffBrowser(console, "booking", StaffBrowser.DESKTOP)) {
            Page page = staff.page();
            staff.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
            staff.open("/worklist");
            staff.check("01-worklist");
            staff.open("/requests/" + request);
            staff.check("02-request");

            page.click("a:has-text('Find a time')");
            assertThat(page.locator("h1")).hasText("Find a time");
            staff.check("03-search");
            page.click("a:has-text('Why does a site not appear?')");
            assertThat(page.locator("h1")).hasText("Why sites do not appear");
            staff.check("04-why-not");
            page.click("a:has-text('Back to the search')");

            page.locator("table a").first().click();
            assertThat(page.locator("h1")).hasText(Pattern.compile("^Free times at"));
            staff.check("05-times");
            page.locator("input[name=slot]").first().check();
            page.click("button:has-text('Hold this time')");
            assertThat(page.locator("h1")).hasText("Check and book");
            staff.check("06-held");
            page.click("button:has-text('Book this time')");
            assertThat(page.locator("[role=status]")).containsText("The appointment is booked.");
            staff.check("07-booked");

            page.click("a:has-text('Move this appointment')");
            page.locator("table a").first().click();
            page.locator("input[name=slot]").first().check();
            page.click("button:has-text('Hold this time')");
            page.click("button:has-text('Move the appointment')");
            assertThat(page.locator(".nhsuk-error-summary")).containsText("Enter why the appointment is moving");
            staff.check("08-move-needs-a-reason");
            page.fill("#reason", "The patient is away that week");
            page.click("button:has-text('Move the appointment')");
            assertThat(page.locator("[role=status]")).containsText("The appointment is moved.");
            staff.check("09-moved");

            page.click("a:has-text('Cancel this appointment')");
            page.waitForURL("**/cancel");
            staff.check("10-cancel");
            page.fill("#reason", "The patient is in hospital");
            page.click("button:has-text('Cancel the appointment')");
            assertThat(page.locator("[role=status]")).containsText("The appointment is cancelled.");
            staff.check("11-cancelled");
        }
    }

    @Test
    void aClerkTextsThePatientASignInLinkAndPrintsALetterWhenAskedForAnother() {
        long request = BookableRequests.next(console);
        patientReachableBy(request, "07700900140");
        try (StaffBrowser staff = new StaffBrowser(console, "booking", StaffBrowser.DESKTOP)) {
            Page page = staff.page();
            staff.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
            staff.open("/requests/" + request);
            page.click("a:has-text('Send a sign-in link')");
            assertThat(page.locator("h1")).hasText("Send a sign-in link");
            assertThat(page.locator("input[value=text]")).isChecked();
            staff.check("12-link-choice");
            page.click("button:has-text('Send the link')");
            assertThat(page.locator("[role=status]")).containsText("on its way to the patient by text message");
            staff.check("13-link-texted");

            page.click("a:has-text('Send a sign-in link')");
            assertThat(page.locator(".nhsuk-warning-callout")).containsText("A link went to the patient a moment ago");
            page.check("input[value=letter]");
            page.click("button:has-text('Send the link')");
            assertThat(page.locator(".nhsuk-error-summary")).containsText("tick the box to send another");
            staff.check("14-another-link-needs-saying-so");
            page.check("#again");
            page.click("button:has-text('Send the link')");
            assertThat(page.locator("h1")).hasText("Print the sign-in letter");
            assertThat(page.locator(".console-letter")).containsText("/l/");
            page.fill("#address", "1 Example Street\nBirmingham");
            staff.check("15-letter");
            // As it prints: the letter alone, the address typed into it, none of the console around it.
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(page.locator(".nhsuk-header")).isHidden();
            assertThat(page.locator("h1")).isHidden();
            assertThat(page.locator(".console-letter")).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(Browser.SCREENSHOTS.resolve("console-booking-16-letter-as-printed.png")));
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
            page.click("a:has-text('Done: back to the request')");
            assertThat(page.locator("[role=status]")).containsText("print it and post it to the patient");
        }
    }

    @Test
    void theBookingPagesFitAPhone() {
        long request = BookableRequests.next(console);
        try (StaffBrowser staff = new StaffBrowser(console, "booking-320", StaffBrowser.PHONE)) {
            Page page = staff.page();
            staff.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
            staff.open("/requests/" + request);
            staff.check("01-request");
            staff.open("/requests/" + request + "/find");
            staff.check("02-search");
            staff.open("/requests/" + request + "/find/why-not");
            staff.check("03-why-not");
            staff.open("/requests/" + request + "/find");
            page.locator("table a").first().click();
            page.waitForURL("**/sites/**");
            staff.check("04-times");
            page.locator("input[name=slot]").first().check();
            page.click("button:has-text('Hold this time')");
            page.waitForURL("**/confirm**");
            staff.check("05-held");
            page.click("button:has-text('Book this time')");
            page.click("a:has-text('Cancel this appointment')");
            page.click("button:has-text('Cancel the appointment')");
            assertThat(page.locator(".nhsuk-error-summary")).containsText("Enter why the appointment is cancelled");
            staff.check("06-cancel-needs-a-reason");

            patientReachableBy(request, "07700900141");
            staff.open("/requests/" + request + "/link");
            staff.check("07-link-choice");
            page.check("input[value=letter]");
            page.click("button:has-text('Send the link')");
            assertThat(page.locator("h1")).hasText("Print the sign-in letter");
            staff.check("08-letter");
        }
    }

    /** The patient asked for texts and has a mobile number of this test's own. */
    private static void patientReachableBy(long request, String mobile) {
        console.jdbi()
                .useHandle(h -> h.execute(
                        "update patient set contact_preference = 'SMS', phone = ? "
                                + "where id = (select patient_id from request where id = ?)",
                        mobile,
                        request));
    }
}
