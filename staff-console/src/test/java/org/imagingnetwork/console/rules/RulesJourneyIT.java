package org.imagingnetwork.console.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffBrowser;
import org.imagingnetwork.testsupport.web.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A service manager sets up an appointability rule in a real browser: a bad day count, the preview, the save. */
class RulesJourneyIT {

    private static ConsoleServer console;

    @BeforeAll
    static void console() {
        assumeTrue(Browser.available(), Browser.SKIP_REASON);
        console = ConsoleServer.get();
    }

    @Test
    void aServiceManagerPreviewsAndSavesARule() {
        String name = "Vetted and protocolled, eGFR checked on the day "
                + UUID.randomUUID().toString().substring(0, 4);
        // Two contrast scans of trust B, vetted and protocolled but waiting for an eGFR: the trust's
        // rules hold them back; the new rule, which leaves the eGFR to the day, moves them.
        List<Long> held = console.jdbi()
                .withHandle(h -> h.createQuery("""
                        update request set needs_contrast = true, protocol = 'Standard protocol', egfr = null,
                               egfr_measured_on = null, version = version + 1
                        where id in (select id from request where state = 'VETTED' and referring_trust = :b
                                     and not needs_sedation and not needs_general_anaesthetic
                                     and priority <> 'PLANNED' order by id limit 2)
                        returning id""")
                        .bind("b", console.staff().trustB())
                        .mapTo(Long.class)
                        .list());
        assertThat(held).hasSize(2);
        try (StaffBrowser staff = new StaffBrowser(console, "rules", StaffBrowser.DESKTOP)) {
            Page page = staff.page();
            staff.signIn(console.staff().ofTrustB(Role.SERVICE_MANAGER));
            page.click("a.nhsuk-header__navigation-link:has-text('Rules')");
            assertThat(page.locator("h1").textContent()).isEqualTo("Appointability rules");
            staff.check("01-rules");

            page.click("text=Set up a rule");
            staff.check("02-new-rule");
            page.fill("#name", name);
            page.uncheck("#weight");
            page.fill("#egfrDays", "thirty");
            page.click("button:has-text('Preview the change')");
            assertThat(page.locator(".nhsuk-error-summary").textContent())
                    .contains("Enter the days for the eGFR as a whole number from 1 to 3650");
            staff.check("03-bad-day-count");

            page.uncheck("#egfr");
            page.click("button:has-text('Preview the change')");
            String heading = page.locator("#preview").textContent();
            assertThat(heading).startsWith("This change would move ");
            int previewed = Integer.parseInt(heading.replaceAll("[^0-9]", ""));
            assertThat(previewed).isGreaterThanOrEqualTo(2);
            for (long id : held) {
                assertThat(page.locator("a[href='/requests/" + id + "']").count())
                        .isEqualTo(1);
            }
            staff.check("04-preview");

            page.click("button:has-text('Save the rule')");
            page.waitForURL("**/rules?saved=*");
            assertThat(page.locator("[role=status]").textContent())
                    .contains("Rule '" + name + "' saved. " + previewed + " request");
            staff.check("05-saved");

            page.click("button[aria-label^='Switch off rule " + name + "']");
            assertThat(page.locator("[role=status]").textContent()).contains("switched off");
            staff.check("06-switched-off");
        }
    }
}
