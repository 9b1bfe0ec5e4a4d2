package org.imagingnetwork.console.optimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.PortalProcess;
import org.imagingnetwork.console.support.StaffBrowser;
import org.imagingnetwork.core.notify.NotifyMessages;
import org.imagingnetwork.core.patient.PatientRepository;
import org.imagingnetwork.core.signin.SignInLinks;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.testsupport.NotifyStub;
import org.imagingnetwork.testsupport.web.Browser;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A service manager of one ICS hears a scanner is down, in a real browser: from the room's row in the
 * diary grid closes it for the day, watches the re-plan, reads each patient's proposed new time before
 * anyone is told and why the re-plan scores as it does, and publishes; the patients' appointments are
 * then in their new slots, the patients are told by text or email with the new time and place, and a
 * moved patient signing in to the patient portal (started beside the console) finds the appointment at
 * its new time and place.
 */
class ScannerDownJourneyIT {

    private static final String MOBILE = "07700111731";
    private static final String EMAIL = "scanner-down-journey@replan.test";

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
    void aManagerClosesARoomFromTheDiaryGridMovesItsPatientsAndTheySeeTheNewTimeInThePortal() throws Exception {
        assumeTrue(PortalProcess.built(), PortalProcess.SKIP_REASON);
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
        UUID run;
        long texted;
        long emailed;
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
            assertThat(page.locator("#run-state").textContent()).isEqualTo("Solved");
            assertThat(page.locator("#score-history tbody tr").count())
                    .as("the re-plan's progress is on its page")
                    .isPositive();
            staff.check("03-proposed-times");
            run = UUID.fromString(runUrl.substring(runUrl.lastIndexOf('/') + 1));
            texted = proposed(run, 0);
            emailed = proposed(run, 1);
            contact(texted, "SMS", MOBILE, null);
            contact(emailed, "EMAIL", null, EMAIL);

            page.click("text=Why it scores as it does");
            assertThat(page.locator("h1").textContent()).isEqualTo("Why the plan scores as it does");
            staff.check("04-explanation");
            page.click("text=Back to the run");

            if (page.locator("#confirm").count() > 0) {
                page.check("#confirm");
            }
            page.click("#publish");
            page.waitForSelector("#moved-summary");
            summary = page.locator("#moved-summary").textContent().strip();
            left = page.locator("#left-summary").count() == 0
                    ? ""
                    : page.locator("#left-summary").textContent().strip();
            staff.check("05-published");

            // Every instance tells the moved patients on its timer; the tests' timer waits a day, so the
            // sweep runs here, with texts allowed at any hour.
            notices().tellMoved();
            page.reload();
            assertThat(told(page, texted)).startsWith("By text, ");
            assertThat(told(page, emailed)).startsWith("By email, ");
            assertThat(page.locator("#told-summary").textContent()).contains("; 0 still to be told");
            staff.check("06-patients-told");
        }
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

        NewTime textedTo = newTime(run, texted);
        List<NotifyStub.Received> texts = console.notifications().mentioning(MOBILE);
        assertThat(texts).as("one text to the patient who asked for texts").hasSize(1);
        assertThat(texts.get(0).path()).endsWith("/sms");
        assertThat(texts.get(0).body())
                .contains("has moved to " + textedTo.inMessage())
                .contains(textedTo.site())
                .contains("/l/");
        NewTime emailedTo = newTime(run, emailed);
        List<NotifyStub.Received> emails = console.notifications().mentioning(EMAIL);
        assertThat(emails).as("one email to the patient who asked for emails").hasSize(1);
        assertThat(emails.get(0).path()).endsWith("/email");
        assertThat(emails.get(0).body())
                .contains("has moved to " + emailedTo.inMessage())
                .contains(emailedTo.site());

        PortalProcess portal = PortalProcess.shared();
        try (Browser patient = new Browser("console-scanner-down-portal", true, StaffBrowser.DESKTOP)) {
            Page page = patient.page();
            portal.nextNhsLoginAs(textedTo.nhsNumber());
            page.navigate(portal.url() + "/sign-in");
            page.click("text=Continue to NHS login");
            page.waitForURL("**/referrals");
            page.navigate(portal.url() + "/referrals/" + texted);
            assertThat(page.locator("main").textContent())
                    .as("the referral shows the appointment at its new time and place")
                    .contains(textedTo.inPortal())
                    .contains(textedTo.site() + ", " + textedTo.postcode())
                    .contains("Change to another place or time");
            patient.check("07-the-new-time");
        }
    }

    /** The re-plan's moved patients told now, on a clock of now and with texts allowed at any hour. */
    private static ReplanNotices notices() {
        var context = console.context();
        return new ReplanNotices(
                new MovedPatients(jdbi, Clock.system(London.ZONE)),
                context.getBean(PatientRepository.class),
                context.getBean(NotifyMessages.class),
                context.getBean(SignInLinks.class),
                new ReplanNoticeSettings(Duration.ofMinutes(1), Duration.ofHours(24), LocalTime.NOON, LocalTime.NOON),
                Clock.system(London.ZONE));
    }

    /** The request of the {@code index}th patient (by request) the re-plan proposed a new time for. */
    private static long proposed(UUID run, int index) {
        List<Long> requests = jdbi.withHandle(
                h -> h.createQuery("""
                        select request_id from optimisation_rehousing
                        where run_id = :run and new_slot_id is not null order by request_id
                        """).bind("run", run).mapTo(Long.class).list());
        assertThat(requests).as("patients with a proposed new time").hasSizeGreaterThan(index);
        return requests.get(index);
    }

    private static void contact(long request, String preference, String phone, String email) {
        jdbi.useHandle(h -> h.createUpdate("""
                        update patient set contact_preference = :preference, phone = :phone, email = :email,
                                           language = 'EN'
                        where id = (select patient_id from request where id = :request)""")
                .bind("preference", preference)
                .bind("phone", phone)
                .bind("email", email)
                .bind("request", request)
                .execute());
    }

    /** What the published page's "Told" column says for the patient of this request. */
    private static String told(Page page, long request) {
        return page.locator("#moves tr[data-request='" + request + "'] td.console-told")
                .textContent()
                .strip();
    }

    /** Where and when a moved patient's appointment now is, and how their message and the portal word it. */
    private record NewTime(String nhsNumber, Instant startsAt, String site, String postcode) {

        /** "Thursday 17 December at 9:30am", as the message says. */
        String inMessage() {
            ZonedDateTime at = London.atLondon(startsAt);
            return DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK).format(at) + " at "
                    + DateTimeFormatter.ofPattern("h:mma", Locale.UK).format(at).toLowerCase(Locale.UK);
        }

        /** "Thursday 17 December 2026, 9:30am" ("2pm" on the hour), as the portal's referral page says. */
        String inPortal() {
            ZonedDateTime at = London.atLondon(startsAt);
            int hour = at.getHour() % 12 == 0 ? 12 : at.getHour() % 12;
            String suffix = at.getHour() < 12 ? "am" : "pm";
            String time = at.getMinute() == 0
                    ? hour + suffix
                    : hour + ":" + String.format(Locale.UK, "%02d", at.getMinute()) + suffix;
            return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).format(at) + ", " + time;
        }
    }

    private static NewTime newTime(UUID run, long request) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select p.nhs_number, sl.starts_at, s.name, s.postcode
                        from optimisation_rehousing m join request q on q.id = m.request_id
                        join patient p on p.id = q.patient_id join slot sl on sl.id = m.new_slot_id
                        join room r on r.id = sl.room_id join site s on s.ods_code = r.site_ods_code
                        where m.run_id = :run and m.request_id = :request
                        """)
                .bind("run", run)
                .bind("request", request)
                .map((rs, ctx) -> new NewTime(
                        rs.getString("nhs_number"),
                        rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                        rs.getString("name"),
                        rs.getString("postcode")))
                .one());
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
