package org.imagingnetwork.console.vetting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import java.time.Instant;
import java.util.List;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffBrowser;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.testsupport.web.Browser;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A vetting radiologist works the queue in a real browser: justifies with contrast details, rejects, justifies three at once. */
class VettingJourneyIT {

    private static ConsoleServer console;
    private static Jdbi jdbi;

    @BeforeAll
    static void console() {
        assumeTrue(Browser.available(), Browser.SKIP_REASON);
        console = ConsoleServer.get();
        jdbi = console.jdbi();
    }

    @Test
    void aRadiologistJustifiesRejectsAndJustifiesSeveralAtOnce() {
        String a = console.staff().trustA();
        long contrast = VettingIT.received(a, "URGENT", 0);
        long toReject = VettingIT.received(a, "URGENT", 1);
        jdbi.useHandle(h -> h.execute("update request set needs_contrast = true where id = ?", contrast));
        try (StaffBrowser staff = new StaffBrowser(console, "vetting", StaffBrowser.DESKTOP)) {
            Page page = staff.page();
            staff.signIn(console.staff().ofTrustA(Role.VETTING_RADIOLOGIST));
            page.click("a.nhsuk-header__navigation-link:has-text('Vetting')");
            assertThat(page.locator("h1").textContent()).isEqualTo("Vetting");
            staff.check("01-queue");

            page.click("a[href='/vetting/" + contrast + "']");
            assertThat(page.locator("h1").textContent()).contains(" for ");
            staff.check("02-referral");

            page.fill("#protocol", "CT with contrast, portal venous phase");
            page.fill("#egfr", "68");
            page.fill(
                    "#egfrMeasuredOn",
                    London.clinicDay(Instant.now()).minusDays(3).toString());
            page.click("button:has-text('Justify')");
            page.waitForURL("**/vetting/" + contrast);
            assertThat(page.locator("#standing").textContent())
                    .contains("Appointable")
                    .contains("held");
            staff.check("03-justified-rule-fired");

            staff.open("/vetting/" + toReject);
            page.click("button:has-text('Reject')");
            assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Give a reason");
            staff.check("04-reject-without-reason");
            page.fill("#reason", "An ultrasound first, please; refer again if it is inconclusive");
            page.click("button:has-text('Reject')");
            page.waitForURL("**/vetting/" + toReject);
            assertThat(page.locator("dl").textContent()).contains("Rejected");
            assertThat(page.locator("#referrer-told").textContent()).contains("Telling the referrer");
            staff.check("05-rejected");

            staff.open("/vetting");
            page.click("text=Show only routine referrals");
            List<String> chosen = page.locator("input[name^='select-']").all().stream()
                    .limit(3)
                    .map(box -> {
                        box.check();
                        return box.getAttribute("name").substring("select-".length());
                    })
                    .toList();
            assertThat(chosen).hasSize(3);
            page.fill("#protocol", "Standard protocol");
            staff.check("06-bulk-chosen");
            page.click("button:has-text('Justify the chosen referrals')");
            assertThat(page.locator("[role=status] h2").textContent()).isEqualTo("3 of 3 referrals justified");
            for (String id : chosen) {
                String state = jdbi.withHandle(h -> h.createQuery("select state from request where id = " + id)
                        .mapTo(String.class)
                        .one());
                assertThat(state).isIn("VETTED", "WAITING");
            }
            staff.check("07-bulk-justified");
        }
    }
}
