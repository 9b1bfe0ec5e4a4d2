package org.imagingnetwork.console.booking;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffBrowser;
import org.imagingnetwork.testsupport.web.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A bookings clerk with a patient on the phone, in a real browser: finds the request, searches the
 * network, asks why a site does not appear, holds a time, books it, moves it and cancels it;
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
        }
    }
}
