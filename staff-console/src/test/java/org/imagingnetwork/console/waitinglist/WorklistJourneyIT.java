package org.imagingnetwork.console.waitinglist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffBrowser;
import org.imagingnetwork.testsupport.web.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A bookings clerk signs in with their smartcard and works the network waiting list, in a real browser. */
class WorklistJourneyIT {

    private static ConsoleServer console;

    @BeforeAll
    static void console() {
        assumeTrue(Browser.available(), Browser.SKIP_REASON);
        console = ConsoleServer.get();
    }

    @Test
    void aClerkFiltersTheWaitingListAndPagesThroughIt() {
        try (StaffBrowser staff = new StaffBrowser(console, "worklist", StaffBrowser.DESKTOP)) {
            Page page = staff.page();
            staff.open("/sign-in");
            staff.check("01-sign-in");
            staff.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
            staff.check("02-home");

            page.click("a.nhsuk-header__navigation-link:has-text('Waiting list')");
            assertThat(page.locator("h1").textContent()).isEqualTo("Waiting list");
            String everything = page.locator(".nhsuk-body-l").textContent();
            staff.check("03-worklist");

            page.click("text=Filter the list");
            page.selectOption("#priority", "ROUTINE");
            page.selectOption("#band", "6");
            page.click("button:has-text('Apply filters')");
            assertThat(page.url()).contains("priority=ROUTINE").contains("band=6");
            assertThat(page.locator(".nhsuk-body-l").textContent()).isNotEqualTo(everything);
            assertThat(page.locator("tbody tr td:nth-child(3)").allTextContents())
                    .allMatch("Routine"::equals);
            staff.check("04-worklist-filtered");

            page.fill("#breachBy", "next Tuesday");
            page.click("button:has-text('Apply filters')");
            assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Enter a date like 2026-12-31");
            staff.check("05-worklist-bad-filter");
        }
    }

    @Test
    void theWaitingListWorksOnAPhone() {
        try (StaffBrowser staff = new StaffBrowser(console, "worklist-320", StaffBrowser.PHONE)) {
            staff.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
            staff.open("/worklist?page=2");
            assertThat(staff.page().locator("table").isVisible()).isTrue();
            staff.check("01-worklist");
        }
    }
}
