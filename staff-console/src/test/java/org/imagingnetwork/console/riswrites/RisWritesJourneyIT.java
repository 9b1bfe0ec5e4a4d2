package org.imagingnetwork.console.riswrites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffBrowser;
import org.imagingnetwork.testsupport.web.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A service manager finds the writes a trust's RIS refused and sends them again once it is fixed, in a real browser. */
class RisWritesJourneyIT {

    private static ConsoleServer console;

    @BeforeAll
    static void console() {
        assumeTrue(Browser.available(), Browser.SKIP_REASON);
        console = ConsoleServer.get();
    }

    @Test
    void aServiceManagerSendsParkedWritesAgain() {
        String a = console.staff().trustA();
        long one = ParkedRows.parkedBookingAt(
                console, a, "HTTP 503 from https://ris.example.nhs.uk/fhir/Appointment: Service Unavailable");
        ParkedRows.parkedBookingAt(console, a, "No answer within 10 s (connect timed out)");
        try (StaffBrowser staff = new StaffBrowser(console, "ris-writes", StaffBrowser.DESKTOP)) {
            Page page = staff.page();
            staff.signIn(console.staff().ofTrustA(Role.SERVICE_MANAGER));
            page.click("a.nhsuk-header__navigation-link:has-text('RIS writes')");
            assertThat(page.locator("h1").textContent()).isEqualTo("Parked RIS writes");
            assertThat(page.locator("#write-" + one).textContent()).contains("Service Unavailable");
            staff.check("01-parked");

            page.locator("#write-" + one + " button").click();
            assertThat(page.locator("[role=status]").textContent()).contains("Change " + one + " is back in the queue");
            assertThat(page.locator("#write-" + one).count()).isZero();
            assertThat(ParkedRows.status(console.jdbi(), one)).isEqualTo("PENDING");
            staff.check("02-one-sent-again");

            page.click("button:has-text('Send all')");
            assertThat(page.locator("[role=status]").textContent()).contains("back in the queue");
            staff.check("03-all-sent-again");
        }
    }

    @Test
    void theParkedWritesFitAPhone() {
        ParkedRows.parkedBookingAt(console, console.staff().trustA(), "HTTP 500 from the RIS");
        try (StaffBrowser staff = new StaffBrowser(console, "ris-writes-320", StaffBrowser.PHONE)) {
            staff.signIn(console.staff().ofNetwork(Role.NETWORK_ADMINISTRATOR));
            staff.open("/ris-writes");
            staff.check("01-parked");
        }
    }
}
