package org.imagingnetwork.console.optimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffBrowser;
import org.imagingnetwork.testsupport.web.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compare page in Chromium for diary runs and re-plans (the allocation journey compares two
 * allocations): a manager chooses the second run in the form and reads the charts beside their
 * tables, axe-clean; at 320 px without JavaScript the tables show. The runs are the compare tests'
 * solved runs ({@link CompareFixture}), so nothing is solved here.
 */
class CompareJourneyIT {

    private static ConsoleServer console;
    private static CompareFixture fixture;

    @BeforeAll
    static void console() {
        assumeTrue(Browser.available(), Browser.SKIP_REASON);
        console = ConsoleServer.get();
        fixture = CompareFixture.get(console.jdbi());
    }

    @Test
    void aManagerComparesTwoDiaryRunsAndTwoReplansWithCharts() {
        try (StaffBrowser staff = new StaffBrowser(console, "optimisation-compare", StaffBrowser.DESKTOP)) {
            Page page = staff.page();
            staff.signIn(console.staff().at(Role.SERVICE_MANAGER, CompareFixture.ICS));
            staff.open("/optimisation/compare?first=" + fixture.diaryOne.value());
            page.waitForSelector("[data-chart-table='rooms-table'] svg");
            assertThat(page.locator("#rooms-table thead").textContent()).contains("After the run");
            page.selectOption("#second", fixture.diaryTwo.value().toString());
            page.click("button:has-text('Compare')");
            page.waitForSelector("[data-chart-table='staff-table'] svg");
            assertThat(page.locator("#staff-table thead").textContent()).contains("Second run: hours used");
            staff.check("01-diary");

            staff.open("/optimisation/compare?first=" + fixture.replanOne.value() + "&second="
                    + fixture.replanTwo.value());
            page.waitForSelector("[data-chart-table='trusts-table'] svg");
            assertThat(page.locator("#figures-table").textContent()).contains("Patients left without a slot");
            staff.check("02-replan");
        }
    }

    @Test
    void onAPhoneWithoutJavaScriptTheTablesShow() {
        try (StaffBrowser staff =
                new StaffBrowser(console, "optimisation-compare-320-no-js", StaffBrowser.PHONE, false)) {
            Page page = staff.page();
            staff.signIn(console.staff().at(Role.SERVICE_MANAGER, CompareFixture.ICS));
            staff.open("/optimisation/compare?first=" + fixture.replanOne.value() + "&second="
                    + fixture.replanTwo.value());
            assertThat(page.locator("#sites-table").isVisible()).isTrue();
            assertThat(page.locator("[data-chart-table='sites-table'] svg").count())
                    .isZero();
            staff.check("01-replan");
        }
        try (StaffBrowser staff = new StaffBrowser(console, "optimisation-compare-320", StaffBrowser.PHONE)) {
            staff.signIn(console.staff().at(Role.SERVICE_MANAGER, CompareFixture.ICS));
            staff.open(
                    "/optimisation/compare?first=" + fixture.diaryOne.value() + "&second=" + fixture.diaryTwo.value());
            staff.page().waitForSelector("[data-chart-table='rooms-table'] svg");
            staff.check("01-diary");
        }
    }
}
