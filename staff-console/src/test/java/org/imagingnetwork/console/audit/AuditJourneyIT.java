package org.imagingnetwork.console.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.DemoStaff;
import org.imagingnetwork.console.support.StaffBrowser;
import org.imagingnetwork.console.support.StaffClient;
import org.imagingnetwork.testsupport.web.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A network administrator looks into who opened the waiting list and exports it, in a real browser. */
class AuditJourneyIT {

    private static ConsoleServer console;

    @BeforeAll
    static void console() {
        assumeTrue(Browser.available(), Browser.SKIP_REASON);
        console = ConsoleServer.get();
    }

    @Test
    void anAdministratorSearchesAndExportsTheLog() throws IOException {
        DemoStaff.Member clerk = console.staff().ofTrustA(Role.BOOKINGS_CLERK);
        StaffClient clerkClient = console.signIn(clerk);
        clerkClient.get("/worklist/export.csv?priority=URGENT");
        clerkClient.get("/worklist/export.csv?modality=CT");
        try (StaffBrowser staff = new StaffBrowser(console, "audit", StaffBrowser.DESKTOP)) {
            Page page = staff.page();
            staff.signIn(console.staff().ofNetwork(Role.NETWORK_ADMINISTRATOR));
            page.click("a.nhsuk-header__navigation-link:has-text('Audit')");
            assertThat(page.locator("h1").textContent()).isEqualTo("Audit log");
            staff.check("01-log");

            page.fill("#user", clerk.userId());
            page.click("button:has-text('Search the log')");
            assertThat(page.locator(".nhsuk-body-l").textContent()).isEqualTo("2 entries match");
            assertThat(page.locator("tbody tr").allTextContents()).allMatch(row -> row.contains("WORKLIST_EXPORTED"));
            staff.check("02-by-user");

            Download download = page.waitForDownload(() -> page.click("text=Download these entries as CSV"));
            assertThat(Files.readString(download.path()))
                    .startsWith(AuditCsv.HEADER)
                    .contains("staff:" + clerk.userId());

            page.fill("#from", "31 December");
            page.click("button:has-text('Search the log')");
            assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Enter a date like 2026-12-31");
            staff.check("03-bad-filter");
        }
    }

    @Test
    void theLogFitsAPhone() {
        try (StaffBrowser staff = new StaffBrowser(console, "audit-320", StaffBrowser.PHONE)) {
            staff.signIn(console.staff().ofNetwork(Role.NETWORK_ADMINISTRATOR));
            staff.open("/audit");
            staff.check("01-log");
        }
    }
}
