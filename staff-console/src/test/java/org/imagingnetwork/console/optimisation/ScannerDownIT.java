package org.imagingnetwork.console.optimisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffClient;
import org.imagingnetwork.core.time.London;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A scanner down over HTTP: the room's sessions blocked through the diary's changes, the re-plan's
 * proposed times shown before anyone is moved, publishing moving the patients once with their RIS
 * writes and audit rows; refusals naming the field; and nothing of it reachable from another ICS.
 */
class ScannerDownIT {

    private static ConsoleServer console;
    private static Jdbi jdbi;
    private static String ics;

    @BeforeAll
    static void console() {
        console = ConsoleServer.get();
        jdbi = console.jdbi();
        ics = console.staff().icsOfA();
    }

    @Test
    void closingARoomBlocksItsSessionsShowsTheProposedTimesAndPublishingMovesThePatientsOnce() throws Exception {
        StaffClient manager = console.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
        OptimisationRuns.BookedRoomDay where = OptimisationRuns.bookedRoomDay(jdbi, ics);
        Map<String, String> form = OptimisationRuns.closure(where, "MRI coil fault");
        List<Long> patients = bookedRequests(where);

        HttpResponse<String> preview = manager.get("/optimisation/disruption/new?" + OptimisationRuns.query(form));
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body())
                .contains("What the re-plan will consider")
                .contains("id=\"closure-booked\">" + where.booked() + "<")
                .contains("Close the room and re-plan");
        assertThat(sessionStatuses(where)).as("nothing changes on a preview").containsOnly("RELEASED");

        HttpResponse<String> closed = manager.submit("/optimisation/disruption", form);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(303);
        String location = closed.headers().firstValue("Location").orElseThrow();
        UUID run = UUID.fromString(location.substring("/optimisation/runs/".length()));
        assertThat(sessionStatuses(where)).containsOnly("BLOCKED");
        assertThat(slotOutboxRows(where))
                .as("each trust's RIS is told of every blocked slot")
                .isPositive();
        Map<String, Object> row = jdbi.withHandle(h -> h.createQuery(
                        "select kind, scope_level, scope_code, closure_room, closure_reason from optimisation_run where id = :id")
                .bind("id", run)
                .mapToMap()
                .one());
        assertThat(row)
                .containsEntry("kind", "DISRUPTION")
                .containsEntry("scope_level", "ICS")
                .containsEntry("scope_code", ics)
                .containsEntry("closure_room", where.room())
                .containsEntry("closure_reason", "MRI coil fault");
        assertThat(OptimisationRuns.awaitState(jdbi, run, Duration.ofSeconds(60), "SOLVED", "FAILED"))
                .isEqualTo("SOLVED");

        HttpResponse<String> page = manager.get(location);
        assertThat(page.body()).contains("Proposed new times").contains("Nobody has been told yet");
        assertThat(page.body())
                .as("the room's own closure is not a diary change the re-plan missed")
                .doesNotContain("id=\"stale-diary\"");
        assertThat(page.body().split("data-request=", -1)).hasSize(patients.size() + 1);
        assertThat(liveRoomsOf(patients)).as("nobody moved before publishing").containsOnly(where.room());
        assertThat(audited("OPTIMISATION_REPLAN_SHOWN", run)).isEqualTo(1);

        HttpResponse<String> published = manager.submit(location + "/publish", Map.of("confirm", "yes"));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(303);

        long proposed = jdbi.withHandle(h -> h.createQuery(
                        "select count(*) from optimisation_rehousing where run_id = :id and new_slot_id is not null")
                .bind("id", run)
                .mapTo(Long.class)
                .one());
        long moved = jdbi.withHandle(h -> h.createQuery(
                        "select count(*) from optimisation_rehousing where run_id = :id and moved_at is not null")
                .bind("id", run)
                .mapTo(Long.class)
                .one());
        assertThat(proposed).as("the small network has room for them").isPositive();
        assertThat(moved).isEqualTo(proposed);
        assertThat(movedWithRisWrites(run))
                .as("a move away and a booking in the outbox per patient moved")
                .isEqualTo(moved);
        assertThat(audited(PublishController.AUDIT_ACTION, run)).isEqualTo(1);
        assertThat(audited(PublishController.MOVED, run)).isEqualTo(moved);
        HttpResponse<String> after = manager.get(location);
        assertThat(after.body()).contains("Published: " + moved + " patients moved to their new times.");

        HttpResponse<String> again = manager.submit(location + "/publish", Map.of("confirm", "yes"));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("This run has already been published");
        assertThat(movedWithRisWrites(run)).isEqualTo(moved);
    }

    @Test
    void refusesAClosureWithNobodyToRePlanOrAFieldWrongNamingTheFieldAndChangesNothing() {
        StaffClient manager = console.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
        OptimisationRuns.BookedRoomDay where = OptimisationRuns.bookedRoomDay(jdbi, ics);
        long before = runs();

        Map<String, String> farAhead = OptimisationRuns.closure(where, "Scanner fault");
        farAhead.put("firstDay", where.day().plusYears(2).toString());
        HttpResponse<String> nobody = manager.get("/optimisation/disruption/new?" + OptimisationRuns.query(farAhead));
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(nobody.body()).contains("href=\"#firstDay\"").contains("there is nobody to re-plan");
        assertThat(manager.submit("/optimisation/disruption", farAhead).body()).contains("href=\"#firstDay\"");

        Map<String, String> bad = OptimisationRuns.closure(where, " ");
        bad.put("firstDay", "2020-01-06");
        bad.put("days", "0");
        HttpResponse<String> refused = manager.submit("/optimisation/disruption", bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("href=\"#firstDay\"")
                .contains("href=\"#days\"")
                .contains("href=\"#reason\"");

        assertThat(runs()).as("nothing queued").isEqualTo(before);
        assertThat(sessionStatuses(where)).as("nothing blocked").containsOnly("RELEASED");
    }

    @Test
    void anIcsManagerCannotCloseSeeOrPublishARePlanOfAnotherIcs() throws Exception {
        StaffClient ours = console.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
        OptimisationRuns.BookedRoomDay where = OptimisationRuns.bookedRoomDay(jdbi, ics);
        String other =
                jdbi.withHandle(h -> h.createQuery("select code from ics where code <> :ics order by code limit 1")
                        .bind("ics", ics)
                        .mapTo(String.class)
                        .one());
        StaffClient theirs = console.signIn(console.staff().at(Role.SERVICE_MANAGER, other));
        long before = runs();

        // A room of another ICS is refused as a room that does not exist would be: the room field named,
        // and nothing said of who is booked there. (403 is the console's answer to a form without its
        // token, which these forms carry: each was opened from a page first, as in a browser.)
        Map<String, String> form = OptimisationRuns.closure(where, "Scanner fault");
        HttpResponse<String> preview = theirs.get("/optimisation/disruption/new?" + OptimisationRuns.query(form));
        assertThat(preview.statusCode()).isEqualTo(400);
        assertThat(preview.body())
                .contains("href=\"#room\"")
                .contains("Enter the code of a room in your part")
                .doesNotContain("What the re-plan will consider");
        HttpResponse<String> refused = theirs.submit("/optimisation/disruption", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#room\"").contains("Enter the code of a room in your part");
        assertThat(runs()).isEqualTo(before);
        assertThat(sessionStatuses(where)).containsOnly("RELEASED");

        ours.get("/optimisation/disruption/new?" + OptimisationRuns.query(form));
        HttpResponse<String> closed = ours.submit("/optimisation/disruption", form);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(303);
        String location = closed.headers().firstValue("Location").orElseThrow();
        UUID run = UUID.fromString(location.substring("/optimisation/runs/".length()));
        assertThat(OptimisationRuns.awaitState(jdbi, run, Duration.ofSeconds(60), "SOLVED", "FAILED"))
                .isEqualTo("SOLVED");

        theirs.get("/optimisation");
        for (String path : List.of(location, location + "/explanation", location + "/events")) {
            assertThat(theirs.get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(theirs.get("/optimisation").body()).doesNotContain(run.toString());
        assertThat(theirs.submit(location + "/publish", Map.of("confirm", "yes"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(OptimisationRuns.state(jdbi, run)).as("not published").isEqualTo("SOLVED");
    }

    @Test
    void theDiaryGridsWeekOffersToCloseARoomFromTodayNotFromAMondayGoneBy() {
        StaffClient manager = console.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
        OptimisationRuns.BookedRoomDay where = OptimisationRuns.bookedRoomDay(jdbi, ics);
        String site = jdbi.withHandle(h -> h.createQuery("select site_ods_code from room where id = :room")
                .bind("room", where.room())
                .mapTo(String.class)
                .one());
        LocalDate today = London.clinicDay(Instant.now());
        LocalDate lastWeek = today.minusDays(7);
        LocalDate nextWeek = today.plusDays(7);

        assertThat(closeLinkDay(manager, site, where.room(), "week", lastWeek)).isEqualTo(today);
        assertThat(closeLinkDay(manager, site, where.room(), "week", today)).isEqualTo(today);
        assertThat(closeLinkDay(manager, site, where.room(), "week", nextWeek))
                .isEqualTo(nextWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        assertThat(closeLinkDay(manager, site, where.room(), "day", where.day()))
                .isEqualTo(where.day());
    }

    /** The first day the grid's scanner-down link for the room fills in. */
    private static LocalDate closeLinkDay(StaffClient manager, String site, String room, String view, LocalDate date) {
        HttpResponse<String> grid = manager.get("/diary?site=" + site + "&view=" + view + "&date=" + date);
        assertThat(grid.statusCode()).isEqualTo(200);
        Matcher link = Pattern.compile("/optimisation/disruption/new\\?room=" + Pattern.quote(room)
                        + "&(?:amp;)?firstDay=(\\d{4}-\\d{2}-\\d{2})")
                .matcher(grid.body());
        assertThat(link.find())
                .as("the grid links %s to the scanner-down form", room)
                .isTrue();
        return LocalDate.parse(link.group(1));
    }

    private static List<Long> bookedRequests(OptimisationRuns.BookedRoomDay where) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select a.request_id from appointment a join slot sl on sl.id = a.slot_id
                        join session se on se.id = sl.session_id
                        where se.room_id = :room and se.clinic_date = :day and a.status = 'BOOKED'
                        """)
                .bind("room", where.room())
                .bind("day", where.day())
                .mapTo(Long.class)
                .list());
    }

    private static List<String> sessionStatuses(OptimisationRuns.BookedRoomDay where) {
        return jdbi.withHandle(
                h -> h.createQuery("select status from session where room_id = :room and clinic_date = :day")
                        .bind("room", where.room())
                        .bind("day", where.day())
                        .mapTo(String.class)
                        .list());
    }

    private static long slotOutboxRows(OptimisationRuns.BookedRoomDay where) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select count(*) from outbox o join slot sl on sl.id = o.slot_id
                        join session se on se.id = sl.session_id
                        where se.room_id = :room and se.clinic_date = :day and o.change = 'SLOT_STATUS'
                          and o.slot_status = 'BLOCKED'
                        """)
                .bind("room", where.room())
                .bind("day", where.day())
                .mapTo(Long.class)
                .one());
    }

    private static List<String> liveRoomsOf(List<Long> requests) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select sl.room_id from appointment a join slot sl on sl.id = a.slot_id
                        where a.request_id = any(:requests) and a.status = 'BOOKED'
                        """)
                .bind("requests", requests.toArray(Long[]::new))
                .mapTo(String.class)
                .list());
    }

    /** Patients moved by the run whose old appointment's move away and new booking are both in the outbox. */
    private static long movedWithRisWrites(UUID run) {
        return jdbi.withHandle(
                h -> h.createQuery("""
                        select count(*) from optimisation_rehousing m
                        join appointment moved on moved.request_id = m.request_id and moved.slot_id = m.lost_slot_id
                                                 and moved.status = 'MOVED'
                        join appointment live on live.request_id = m.request_id and live.slot_id = m.new_slot_id
                                                and live.status = 'BOOKED'
                        where m.run_id = :id
                          and exists (select 1 from outbox o where o.appointment_id = moved.id and o.change = 'MOVED_AWAY')
                          and exists (select 1 from outbox o where o.appointment_id = live.id and o.change = 'BOOKED')
                        """).bind("id", run).mapTo(Long.class).one());
    }

    private static long audited(String action, UUID run) {
        return jdbi.withHandle(
                h -> h.createQuery("select count(*) from audit_log where action = :action and detail like :detail")
                        .bind("action", action)
                        .bind("detail", "%run " + run + "%")
                        .mapTo(Long.class)
                        .one());
    }

    private static long runs() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from optimisation_run")
                .mapTo(Long.class)
                .one());
    }
}
