package org.imagingnetwork.console.optimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffBrowser;
import org.imagingnetwork.testsupport.web.Browser;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A service manager of one ICS hears a scanner is down, in a real browser: from the room's row in the
 * diary grid closes it for the day, watches the re-plan, reads each patient's proposed new time before
 * anyone is told, and publishes; the patients' appointments are then in their new slots.
 */
class ScannerDownJourneyIT {

    private static ConsoleServer console;
    private static Jdbi jdbi;
    private static String ics;

    @BeforeAll
    static void console() {
        assumeTrue(Browser.available(), Browser.SKIP_REASON);
        console = ConsoleServer.get();
        jdbi = console.jdbi();
        ics = console.staff().icsOfA();
    }

    @Test
    void aManagerClosesARoomFromTheDiaryGridAndMovesItsPatientsToTheProposedTimes() {
        OptimisationRuns.BookedRoomDay where = OptimisationRuns.bookedRoomDay(jdbi, ics);
        String site = jdbi.withHandle(h -> h.createQuery("select site_ods_code from room where id = :room")
                .bind("room", where.room())
                .mapTo(String.class)
                .one());
        List<Long> patients = jdbi.withHandle(h -> h.createQuery("""
                        select a.request_id from appointment a join slot sl on sl.id = a.slot_id
                        join session se on se.id = sl.session_id
                        where se.room_id = :room and se.clinic_date = :day and a.status = 'BOOKED'
                        """)
                .bind("room", where.room())
                .bind("day", where.day())
                .mapTo(Long.class)
                .list());
        try (StaffBrowser staff = new StaffBrowser(console, "scanner-down", StaffBrowser.DESKTOP)) {
            Page page = staff.page();
            staff.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
            staff.open("/diary?site=" + site + "&day=" + where.day() + "&view=day");
            page.click("a.console-scanner-down[href*='room=" + where.room() + "&']");
            staff.check("01-grid-to-form");

            page.fill("#reason", "MRI scanner down: coil fault");
            page.click("button:has-text('Check what the re-plan will consider')");
            assertThat(page.locator("#closure-counts").textContent()).contains(String.valueOf(where.booked()));
            staff.check("02-what-it-will-consider");

            page.click("#close-room");
            page.waitForURL("**/optimisation/runs/**");
            // The page reloads itself when the run finishes; the proposed times are drawn then.
            page.waitForSelector("#moves", new Page.WaitForSelectorOptions().setTimeout(60_000));
            assertThat(page.locator("#moves tbody tr").count()).isEqualTo(patients.size());
            assertThat(page.locator("main").textContent()).contains("Nobody has been told yet");
            assertThat(liveRooms(patients)).as("nobody has moved yet").containsOnly(where.room());
            staff.check("03-proposed-times");

            if (page.locator("#confirm").count() > 0) {
                page.check("#confirm");
            }
            page.click("#publish");
            page.waitForSelector("#moved-summary");
            staff.check("04-published");
        }
        long proposed = jdbi.withHandle(h -> h.createQuery("""
                        select count(*) from optimisation_rehousing where request_id = any(:requests)
                          and new_slot_id is not null
                        """)
                .bind("requests", patients.toArray(Long[]::new))
                .mapTo(Long.class)
                .one());
        assertThat(proposed).isPositive();
        assertThat(liveRooms(patients).stream().filter(where.room()::equals).count())
                .as("every patient with a new time has left the closed room")
                .isEqualTo(patients.size() - proposed);
    }

    private static List<String> liveRooms(List<Long> requests) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select sl.room_id from appointment a join slot sl on sl.id = a.slot_id
                        where a.request_id = any(:requests) and a.status = 'BOOKED'
                        """)
                .bind("requests", requests.toArray(Long[]::new))
                .mapTo(String.class)
                .list());
    }
}
