package org.imagingnetwork.console.optimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffBrowser;
import org.imagingnetwork.testsupport.web.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A service manager of one ICS optimises its waiting list in a real browser: starts a run, watches
 * it improve, stops it, reads why it scores as it does, compares it with a second run and publishes it;
 * and builds its diary the same way, reading what limits it.
 */
class OptimisationJourneyIT {

    private static ConsoleServer console;
    private static String ics;
    private static String modality;

    @BeforeAll
    static void console() {
        assumeTrue(Browser.available(), Browser.SKIP_REASON);
        console = ConsoleServer.get();
        ics = console.staff().icsOfA();
        modality = OptimisationRuns.busiestModality(console.jdbi(), ics);
    }

    @Test
    void aManagerRunsStopsExplainsComparesAndPublishesAnAllocation() {
        try (StaffBrowser staff = new StaffBrowser(console, "optimisation", StaffBrowser.DESKTOP)) {
            Page page = staff.page();
            staff.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
            page.click("a.nhsuk-header__navigation-link:has-text('Optimisation')");
            assertThat(page.locator("h1").textContent()).isEqualTo("Optimisation");
            staff.check("01-runs");

            // A long limit: the run ends early once it stops improving for a fifth of it, and it must
            // still be solving when the stop button is pressed.
            String first = startRun(page, staff, 120, true);
            page.waitForSelector("#score-history tbody tr");
            double bar = progressAbove(page, 0);
            progressAbove(page, bar);
            assertThat(page.locator("#best-levels td[data-level='3']").textContent())
                    .isNotEqualTo("–");
            assertThat(page.locator("#score-chart svg").count())
                    .as("the chart is drawn")
                    .isPositive();
            staff.check("03-progress");

            page.click("button:has-text('Stop and keep the best plan so far')");
            page.waitForSelector("text=Why it scores as it does", new Page.WaitForSelectorOptions().setTimeout(30_000));
            assertThat(page.locator("#run-state").textContent()).isEqualTo("Stopped (best plan kept)");
            staff.check("04-stopped");

            page.click("text=Why it scores as it does");
            assertThat(page.locator("h1").textContent()).isEqualTo("Why the plan scores as it does");
            assertThat(page.locator("main").textContent()).contains("Weighted wait");
            staff.check("05-explanation");

            String second = startRun(page, staff, 3, false);
            page.waitForSelector(
                    "text=Compare with another run of the same scope",
                    new Page.WaitForSelectorOptions().setTimeout(60_000));
            page.click("text=Compare with another run of the same scope");
            page.selectOption("#second", first);
            page.click("button:has-text('Compare')");
            assertThat(page.url()).contains("first=" + second).contains("second=" + first);
            page.waitForSelector("[data-chart-table='figures-table'] svg");
            assertThat(page.locator("#figures-table").textContent()).contains("Six-week breaches");
            staff.check("06-compare");

            staff.open("/optimisation/runs/" + first);
            if (page.locator("#confirm").count() > 0) {
                page.check("#confirm");
            }
            page.click("#publish");
            page.waitForSelector("#offers", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
            assertThat(page.locator("main").textContent()).contains("offers sent to patients");
            assertThat(page.locator("#run-state").textContent()).isEqualTo("Published");
            staff.check("07-published");
        }
    }

    @Test
    void aManagerRunsStopsExplainsAndPublishesADiary() {
        try (StaffBrowser staff = new StaffBrowser(console, "optimisation-diary", StaffBrowser.DESKTOP)) {
            Page page = staff.page();
            staff.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
            staff.open("/optimisation/new");
            page.check("#kind-diary");
            page.selectOption("#scope", "ICS:" + ics);
            page.selectOption("#modality", modality);
            // Weeks ahead of the allocation tests' week, so publishing this diary leaves theirs alone.
            page.fill("#firstDay", OptimisationRuns.nextMonday().plusWeeks(3).toString());
            page.fill("#seconds", "120");
            page.click("button:has-text('Check what the run will consider')");
            assertThat(page.locator("h2:has-text('What the run will consider')").isVisible())
                    .isTrue();
            staff.check("01-start");
            page.click("button:has-text('Start the run')");
            page.waitForURL("**/optimisation/runs/*");
            assertThat(page.locator("h1").textContent()).isEqualTo("Diary building");

            page.waitForSelector("#score-history tbody tr");
            progressAbove(page, progressAbove(page, 0));
            staff.check("02-progress");

            page.click("button:has-text('Stop and keep the best plan so far')");
            page.waitForSelector("#limits-table", new Page.WaitForSelectorOptions().setTimeout(30_000));
            assertThat(page.locator("#run-state").textContent()).isEqualTo("Stopped (best plan kept)");
            assertThat(page.locator("#limits-table").textContent())
                    .contains(ics)
                    .contains("Staff trained in")
                    .contains(" h run of ");
            staff.check("03-stopped-what-limits-it");

            page.click("text=Why it scores as it does");
            assertThat(page.locator("h1").textContent()).isEqualTo("Why the plan scores as it does");
            assertThat(page.locator("main").textContent()).contains("Goals the plan pays for");
            staff.check("04-explanation");

            page.click("text=Back to the run");
            if (page.locator("#confirm").count() > 0) {
                page.check("#confirm");
            }
            page.click("#publish");
            page.waitForSelector("#run-state:has-text('Published')");
            staff.check("05-published");
        }
    }

    /**
     * Waits for the time-limit bar to pass a value, as the page's events move it; returns the value.
     * Polled from here: the console's content security policy rightly refuses the page-side eval
     * that Playwright's waitForFunction needs.
     */
    private static double progressAbove(Page page, double above) {
        long until = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < until) {
            String value = page.locator("#run-progress-bar").getAttribute("value");
            if (value != null && Double.parseDouble(value) > above) {
                return Double.parseDouble(value);
            }
            page.waitForTimeout(200);
        }
        throw new AssertionError("the progress bar did not pass " + above);
    }

    /** Fills the start form, checks what the run will consider, starts it; returns the run's id. */
    private static String startRun(Page page, StaffBrowser staff, int seconds, boolean screenshot) {
        staff.open("/optimisation/new");
        page.check("#kind");
        page.selectOption("#scope", "ICS:" + ics);
        page.selectOption("#modality", modality);
        page.fill("#seconds", String.valueOf(seconds));
        page.click("button:has-text('Check what the run will consider')");
        assertThat(page.locator("h2:has-text('What the run will consider')").isVisible())
                .isTrue();
        if (screenshot) {
            staff.check("02-start");
        }
        page.click("button:has-text('Start the run')");
        page.waitForURL("**/optimisation/runs/*");
        return page.url().substring(page.url().lastIndexOf('/') + 1);
    }
}
