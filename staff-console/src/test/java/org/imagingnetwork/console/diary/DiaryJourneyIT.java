package org.imagingnetwork.console.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffBrowser;
import org.imagingnetwork.testsupport.web.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A diary and rota manager works the network diary in a real browser: opens a site's week, blocks a
 * booked session for staff sickness, sees the patient listed for re-booking, releases the session
 * when cover is found, and adds an ad-hoc session.
 */
class DiaryJourneyIT {

    private static ConsoleServer console;
    private static DiaryData data;

    @BeforeAll
    static void console() {
        assumeTrue(Browser.available(), Browser.SKIP_REASON);
        console = ConsoleServer.get();
        data = new DiaryData(console.jdbi());
    }

    @Test
    void aDiaryManagerBlocksABookedSessionReleasesItAndAddsASession() {
        DiaryData.BookedSession booked = data.bookedSession(console.staff().trustA(), 7);
        try (StaffBrowser staff = new StaffBrowser(console, "diary", StaffBrowser.DESKTOP)) {
            Page page = staff.page();
            staff.signIn(console.staff().ofTrustA(Role.DIARY_MANAGER));

            page.click("a.nhsuk-header__navigation-link:has-text('Diary')");
            assertThat(page.locator("h1").textContent()).isEqualTo("Diary");
            staff.check("01-choose");

            page.selectOption("#site", booked.site());
            page.fill("#date", booked.day());
            page.click("button:has-text('Show the diary')");
            assertThat(page.locator("h2").first().textContent()).contains(" to ");
            assertThat(page.locator("[data-session='" + booked.session() + "']").textContent())
                    .contains("booked")
                    .contains("Utilisation");
            staff.check("02-site-week");

            page.click("[data-session='" + booked.session() + "'] a");
            assertThat(page.locator("text=Open for booking").isVisible()).isTrue();
            staff.check("03-session");

            page.click("text=Block this session");
            assertThat(page.locator(".nhsuk-warning-callout").textContent())
                    .contains("Patients booked into this session");
            page.click("button:has-text('Block this session')");
            assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Choose why");
            staff.check("04-block-needs-a-reason");
            page.check("#reasonKind-STAFF_SICKNESS");
            page.fill("#reason", "Both radiographers off sick");
            page.click("button:has-text('Block this session')");
            assertThat(page.locator("[role=status]").textContent()).contains("Session blocked");
            assertThat(page.locator("text=Staff sickness: Both radiographers off sick")
                            .first()
                            .isVisible())
                    .isTrue();
            staff.check("05-session-blocked");

            page.click("text=see who needs re-booking");
            assertThat(page.locator("h1").textContent()).startsWith("Patients to re-book");
            assertThat(page.locator("a[href='/requests/" + booked.request() + "']")
                            .count())
                    .isEqualTo(1);
            staff.check("06-to-rebook");

            staff.open("/diary/sessions/" + booked.session());
            page.click("text=Release this session");
            page.fill("#reason", "Bank radiographer found");
            page.click("button:has-text('Release this session')");
            assertThat(page.locator("[role=status]").textContent()).contains("Session released");
            assertThat(data.sessionStatus(booked.session())).isEqualTo("RELEASED");
            staff.check("07-session-released");

            page.click("text=Back to the day's diary");
            page.click("text=Add a session");
            LocalDate sunday =
                    LocalDate.parse(booked.day()).with(DayOfWeek.SUNDAY).plusWeeks(3);
            page.selectOption("#room", booked.room());
            page.selectOption("#sessionType", generalListOf(booked.room()));
            page.fill("#clinicDay", sunday.toString());
            page.fill("#from", "09:00");
            page.fill("#to", "12:00");
            page.fill("#reason", "Weekend list to clear the backlog");
            staff.check("08-add-session");
            page.click("button:has-text('Add the session')");
            assertThat(page.locator("[role=status]").textContent()).contains("Session added");
            staff.check("09-session-added");
        }
    }

    @Test
    void theGridWorksOnAPhone() {
        DiaryData.BookedSession booked = data.bookedSession(console.staff().trustA(), 8);
        try (StaffBrowser staff = new StaffBrowser(console, "diary-320", StaffBrowser.PHONE)) {
            staff.signIn(console.staff().ofTrustA(Role.DIARY_MANAGER));
            staff.open("/diary?site=" + booked.site() + "&date=" + booked.day());
            assertThat(staff.page().locator("table.console-diary-grid").isVisible())
                    .isTrue();
            staff.check("01-site-week");
            staff.open("/diary/sessions/" + booked.session());
            staff.check("02-session");
        }
    }

    /** The general list code of the room's modality, as the session type picker offers it. */
    private static String generalListOf(String room) {
        String modality = console.jdbi()
                .withHandle(h -> h.createQuery("select modality from room where id = :r")
                        .bind("r", room)
                        .mapTo(String.class)
                        .one());
        return org.imagingnetwork.core.diary.SessionTypes.general(
                        org.imagingnetwork.core.network.Modality.valueOf(modality))
                .code();
    }
}
