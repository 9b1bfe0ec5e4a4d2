package org.imagingnetwork.console.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffBrowser;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.testsupport.web.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A service manager opens every figures dashboard in a real browser: with JavaScript each table has
 * its chart drawn on a canvas beside it (axe-clean); with JavaScript off, on a 320 px phone, every
 * dashboard still shows its tables, and no empty chart box.
 */
class FiguresJourneyIT {

    private static ConsoleServer console;
    private static String period;

    @BeforeAll
    static void console() {
        assumeTrue(Browser.available(), Browser.SKIP_REASON);
        console = ConsoleServer.get();
        FigureHistory.releaseASlotAtTrustAAndRefresh(console);
        LocalDate today = LocalDate.now(London.ZONE);
        LocalDate from =
                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(12);
        period = "?from=" + from + "&to=" + today.plusWeeks(4);
    }

    @Test
    void aManagerOpensEveryDashboardAndSeesTablesWithCharts() {
        try (StaffBrowser staff = new StaffBrowser(console, "figures", StaffBrowser.DESKTOP)) {
            Page page = staff.page();
            staff.signIn(console.staff().ofNetwork(Role.SERVICE_MANAGER));
            page.click("a.nhsuk-header__navigation-link:has-text('Figures')");
            assertThat(page.locator("h1").textContent()).isEqualTo("Figures");
            assertThat(page.locator(".console-freshness").textContent()).contains("Figures as at");
            staff.check("01-index");

            int step = 2;
            for (Dashboard dashboard : Dashboard.values()) {
                staff.open("/figures/" + dashboard.path() + period);
                assertThat(page.locator("h1").textContent()).isEqualTo(dashboard.title());
                Locator tables = page.locator(".console-figure table");
                assertThat(tables.count()).as("tables on %s", dashboard.path()).isPositive();
                page.waitForSelector(".console-chart canvas");
                assertThat(page.locator(".console-chart canvas").count())
                        .as("a chart for each table on %s", dashboard.path())
                        .isEqualTo(tables.count());
                staff.check("%02d-%s".formatted(step++, dashboard.path()));
            }

            staff.open("/figures/flow" + period);
            page.click("text=Filter the figures");
            page.selectOption("#trust", console.staff().trustA());
            page.selectOption("#grain", "DAY");
            page.click("button:has-text('Apply filters')");
            assertThat(page.url()).contains("trust=" + console.staff().trustA()).contains("grain=DAY");
            assertThat(page.locator("thead th").first().textContent()).isEqualTo("Day");
            page.waitForSelector(".console-chart canvas");
            staff.check("%02d-flow-by-day".formatted(step++));

            page.click("text=Refresh the figures now");
            assertThat(page.url()).contains("trust=" + console.staff().trustA()).contains("grain=DAY");
            staff.check("%02d-refreshed".formatted(step));
        }
    }

    @Test
    void withoutJavaScriptOnAPhoneEveryDashboardShowsItsTables() {
        try (StaffBrowser staff = new StaffBrowser(console, "figures-320-no-js", StaffBrowser.PHONE, false)) {
            Page page = staff.page();
            staff.signIn(
                    console.staff().at(Role.SERVICE_MANAGER, console.staff().icsOfA()));
            int step = 1;
            for (Dashboard dashboard : Dashboard.values()) {
                staff.open("/figures/" + dashboard.path() + period);
                assertThat(page.locator(".console-figure table").count())
                        .as("tables on %s", dashboard.path())
                        .isPositive();
                assertThat(page.locator(".console-figure table").first().isVisible())
                        .isTrue();
                assertThat(page.locator(".console-chart:visible").count()).isZero();
                staff.check("%02d-%s".formatted(step++, dashboard.path()));
            }
        }
    }

    @Test
    void chartsAndTablesFitAPhone() {
        try (StaffBrowser staff = new StaffBrowser(console, "figures-320", StaffBrowser.PHONE)) {
            staff.signIn(console.staff().ofTrustA(Role.SERVICE_MANAGER));
            staff.open("/figures/waiting-list" + period);
            staff.page().waitForSelector(".console-chart canvas");
            staff.check("01-waiting-list");
            staff.open("/figures/flow" + period);
            staff.check("02-flow");
        }
    }
}
