package org.imagingnetwork.console.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import java.util.Map;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffBrowser;
import org.imagingnetwork.testsupport.web.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A diary and rota manager records a radiographer's sickness in a real browser (after a leave entry
 * that ends before it starts is refused), and the diary grid marks the session it leaves short.
 */
class StaffAvailabilityJourneyIT {

    private static ConsoleServer console;

    @BeforeAll
    static void console() {
        assumeTrue(Browser.available(), Browser.SKIP_REASON);
        console = ConsoleServer.get();
    }

    @Test
    void aDiaryManagerRecordsSicknessAndTheDiaryMarksTheSessionItLeavesShort() {
        Map<String, Object> session = console.jdbi()
                .withHandle(h -> h.createQuery("""
                        select se.id, se.clinic_date::text as day, ro.site_ods_code as site, min(ss.staff_id) as staff,
                               min(st.name) as name
                        from session se
                        join room ro on ro.id = se.room_id
                        join site si on si.ods_code = ro.site_ods_code and si.trust_ods_code = :t
                        join session_staff ss on ss.session_id = se.id
                        join staff st on st.id = ss.staff_id and st.trust_ods_code = :t
                        where se.status = 'RELEASED' and se.starts_at > now() + interval '1 day'
                        group by se.id, ro.site_ods_code
                        having count(*) = 1
                        order by se.starts_at desc, se.id
                        offset 1 limit 1""")
                        .bind("t", console.staff().trustA())
                        .mapToMap()
                        .one());
        String day = (String) session.get("day");
        try (StaffBrowser staff = new StaffBrowser(console, "staff", StaffBrowser.DESKTOP)) {
            Page page = staff.page();
            staff.signIn(console.staff().ofTrustA(Role.DIARY_MANAGER));

            page.click("a.nhsuk-header__navigation-link:has-text('Staff')");
            assertThat(page.locator("h1").textContent()).isEqualTo("Staff");
            staff.check("01-staff");

            page.click("a[href='/staff/" + session.get("staff") + "']");
            assertThat(page.locator("h1").textContent()).isEqualTo(session.get("name"));
            staff.check("02-member");

            page.check("#kind");
            page.fill("#firstDay", day);
            page.fill("#lastDay", java.time.LocalDate.parse(day).minusDays(2).toString());
            page.click("button:has-text('Record absence')");
            assertThat(page.locator(".nhsuk-error-summary").textContent())
                    .contains("The last day cannot be before the first day");
            staff.check("03-leave-ends-before-it-starts");

            page.check("#kind-SICKNESS");
            page.fill("#lastDay", day);
            page.fill("#note", "Off sick, back next week");
            page.click("button:has-text('Record absence')");
            assertThat(page.locator("[role=status]").textContent()).contains("Absence recorded");
            assertThat(page.locator("tbody tr").first().textContent()).contains("Sickness");
            staff.check("04-sickness-recorded");

            page.click("a.nhsuk-header__navigation-link:has-text('Diary')");
            page.selectOption("#site", (String) session.get("site"));
            page.check("#view-day");
            page.fill("#date", day);
            page.click("button:has-text('Show the diary')");
            assertThat(page.locator("[data-session='" + session.get("id") + "'] .console-short-of-staff")
                            .isVisible())
                    .isTrue();
            assertThat(page.locator(".nhsuk-warning-callout").textContent()).contains("lose their minimum staffing");
            staff.check("05-diary-marks-the-session");
        }
    }
}
