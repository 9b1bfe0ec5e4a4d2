package org.imagingnetwork.console.optimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
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
        String runUrl;
        String summary;
        long free;
        String withoutTime;
        String left;
        try (StaffBrowser staff = new StaffBrowser(console, "scanner-down", StaffBrowser.DESKTOP)) {
            Page page = staff.page();
            staff.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
            staff.open("/diary?site=" + site + "&date=" + where.day() + "&view=day");
            page.click("a.console-scanner-down[href*='room=" + where.room() + "&']");
            staff.check("01-grid-to-form");

            page.fill("#reason", "Scanner down: detector fault");
            page.click("button:has-text('Check what the re-plan will consider')");
            assertThat(page.locator("#closure-booked").textContent().strip())
                    .isEqualTo(String.valueOf(patients.size()));
            assertThat(page.locator("#closure-sessions").textContent().strip())
                    .isEqualTo(String.valueOf(sessions(where)));
            free = Long.parseLong(
                    page.locator("#closure-free").textContent().strip().replace(",", ""));
            staff.check("02-what-it-will-consider");

            page.click("#close-room");
            page.waitForURL("**/optimisation/runs/**");
            runUrl = page.url();
            // The page reloads itself when the run finishes; the proposed times are drawn then.
            page.waitForSelector("#moves", new Page.WaitForSelectorOptions().setTimeout(60_000));
            assertThat(page.locator("#moves tbody tr").count()).isEqualTo(patients.size());
            assertThat(page.locator("main").textContent()).contains("Nobody has been told yet");
            assertThat(liveRooms(patients)).as("nobody has moved yet").containsOnly(where.room());
            withoutTime = page.locator("#without-time").count() == 0
                    ? ""
                    : page.locator("#without-time").textContent().strip();
            staff.check("03-proposed-times");

            if (page.locator("#confirm").count() > 0) {
                page.check("#confirm");
            }
            page.click("#publish");
            page.waitForSelector("#moved-summary");
            summary = page.locator("#moved-summary").textContent().strip();
            left = page.locator("#left-summary").count() == 0
                    ? ""
                    : page.locator("#left-summary").textContent().strip();
            staff.check("04-published");
        }
        UUID run = UUID.fromString(runUrl.substring(runUrl.lastIndexOf('/') + 1));
        List<Rehoused> outcomes = jdbi.withHandle(h -> h.createQuery("""
                        select m.request_id, m.lost_slot_id, m.new_slot_id, m.moved_at is not null as moved,
                               (select array_agg(a.slot_id order by a.slot_id) from appointment a
                                where a.request_id = m.request_id and a.status = 'BOOKED') as live,
                               (select count(*) from appointment a
                                where a.request_id = m.request_id and a.status = 'MOVED'
                                  and a.slot_id = m.lost_slot_id) as moved_away
                        from optimisation_rehousing m where m.run_id = :run order by m.request_id
                        """)
                .bind("run", run)
                .map((rs, ctx) -> new Rehoused(
                        rs.getLong("request_id"),
                        rs.getLong("lost_slot_id"),
                        (Long) rs.getObject("new_slot_id"),
                        rs.getBoolean("moved"),
                        rs.getArray("live") == null
                                ? List.<Long>of()
                                : List.of((Long[]) rs.getArray("live").getArray()),
                        rs.getLong("moved_away")))
                .list());
        assertThat(outcomes).extracting(Rehoused::request).containsExactlyInAnyOrderElementsOf(patients);
        long moved = outcomes.stream().filter(Rehoused::moved).count();
        assertThat(moved).as("the small network has room for some of them").isPositive();
        assertThat(outcomes.stream()
                        .filter(patient -> patient.newSlot() != null)
                        .count())
                .as("no more new times than the form said were free")
                .isLessThanOrEqualTo(free);
        assertThat(summary).isEqualTo("Published: " + moved + " patients moved to their new times.");
        long noTime =
                outcomes.stream().filter(patient -> patient.newSlot() == null).count();
        assertThat(withoutTime)
                .isEqualTo(
                        noTime == 0
                                ? ""
                                : noTime + " of the " + patients.size()
                                        + " patients have no new time: publishing leaves"
                                        + " them booked into the closed room, for the bookings team to move by hand.");
        assertThat(left)
                .isEqualTo(
                        moved == patients.size()
                                ? ""
                                : (patients.size() - moved) + " patients are still booked into the closed room (listed"
                                        + " above with why): the bookings team moves each of them by hand.");
        for (Rehoused patient : outcomes) {
            if (patient.moved()) {
                assertThat(patient.live())
                        .as("request %d: one live appointment, in the proposed slot", patient.request())
                        .containsExactly(patient.newSlot());
                assertThat(patient.movedAway())
                        .as("request %d: moved away from the closed room once", patient.request())
                        .isEqualTo(1);
            } else {
                assertThat(patient.newSlot())
                        .as("only a patient without a new time stays")
                        .isNull();
                assertThat(patient.live()).containsExactly(patient.lostSlot());
                assertThat(patient.movedAway()).isZero();
            }
        }
    }

    /** One patient of the closed room after publishing: the slots of their live appointments and moves away. */
    private record Rehoused(
            long request, long lostSlot, Long newSlot, boolean moved, List<Long> live, long movedAway) {}

    private static long sessions(OptimisationRuns.BookedRoomDay where) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select count(*) from session where room_id = :room and clinic_date = :day and status = 'RELEASED'")
                .bind("room", where.room())
                .bind("day", where.day())
                .mapTo(Long.class)
                .one());
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
