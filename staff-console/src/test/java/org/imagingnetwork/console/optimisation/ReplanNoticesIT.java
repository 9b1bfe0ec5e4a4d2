package org.imagingnetwork.console.optimisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffClient;
import org.imagingnetwork.core.notify.NotifyMessages;
import org.imagingnetwork.core.patient.PatientRepository;
import org.imagingnetwork.core.signin.SignInLinks;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.testsupport.NotifyStub;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The patients a published scanner-down re-plan moved are told once each, by text or email as they
 * asked, with the new time and place and a link to change it; texts wait out the quiet hours; two
 * instances sweeping at once, or a restarted one, tell nobody twice; the run page says how many were
 * told.
 */
class ReplanNoticesIT {

    private static final ReplanNoticeSettings NIGHT_QUIET = new ReplanNoticeSettings(
            Duration.ofMinutes(1), Duration.ofHours(24), LocalTime.of(21, 0), LocalTime.of(8, 0));

    @Test
    void movedPatientsAreToldOnceByTheirChannelWithTextsHeldThroughTheNight() throws Exception {
        ConsoleServer console = ConsoleServer.get();
        Jdbi jdbi = console.jdbi();
        // The other ICS than the scanner-down tests', so this closure's moves leave their free slots be.
        String ics = jdbi.withHandle(h -> h.createQuery("select code from ics where code <> :ics order by code limit 1")
                .bind("ics", console.staff().icsOfA())
                .mapTo(String.class)
                .one());
        StaffClient manager = console.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
        OptimisationRuns.BookedRoomDay where = OptimisationRuns.bookedRoomDay(jdbi, ics);
        Map<String, String> form = OptimisationRuns.closure(where, "Gradient coil failure");
        manager.get("/optimisation/disruption/new?" + OptimisationRuns.query(form));
        HttpResponse<String> closed = manager.submit("/optimisation/disruption", form);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(303);
        String location = closed.headers().firstValue("Location").orElseThrow();
        UUID run = UUID.fromString(location.substring("/optimisation/runs/".length()));
        assertThat(OptimisationRuns.awaitState(jdbi, run, Duration.ofSeconds(60), "SOLVED", "FAILED"))
                .isEqualTo("SOLVED");

        // Each third patient with a proposed time asks for texts, emails or letters.
        List<Long> proposed = jdbi.withHandle(
                h -> h.createQuery("""
                        select q.patient_id from optimisation_rehousing m join request q on q.id = m.request_id
                        where m.run_id = :run and m.new_slot_id is not null order by q.patient_id
                        """).bind("run", run).mapTo(Long.class).list());
        assertThat(proposed).as("the small network has room for some of them").isNotEmpty();
        List<String> mobiles = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < proposed.size(); i++) {
            long patient = proposed.get(i);
            switch (i % 3) {
                case 0 -> {
                    String mobile = String.format("077009%05d", patient % 100000);
                    mobiles.add(mobile);
                    contact(jdbi, patient, "SMS", mobile, null);
                }
                case 1 -> {
                    String email = "moved-" + patient + "@replan.test";
                    emails.add(email);
                    contact(jdbi, patient, "EMAIL", null, email);
                }
                default -> contact(jdbi, patient, "LETTER", null, null);
            }
        }
        manager.get(location);
        HttpResponse<String> published = manager.submit(location + "/publish", Map.of("confirm", "yes"));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
        assertThat(manager.get(location).body())
                .contains("0 of them told by text or email so far")
                .contains(proposed.size() + " still to be told");

        NotifyStub notify = console.notifications();
        LocalDate today = London.clinicDay(java.time.Instant.now());
        notices(console, at(today, LocalTime.of(22, 30))).tellMoved();
        for (String mobile : mobiles) {
            assertThat(notify.mentioning(mobile))
                    .as("no text at 22:30 to %s", mobile)
                    .isEmpty();
        }
        for (String email : emails) {
            assertThat(notify.mentioning(email)).as("an email goes at any hour").hasSize(1);
        }
        assertThat(notes(jdbi, run))
                .as("patients who asked for letters are left to the RIS's letter")
                .hasSize(proposed.size() / 3)
                .allMatch(note -> note.startsWith("Asked for letters"));

        // Two instances sweep at once in the morning; then one restarts and sweeps again.
        Clock morning = at(today.plusDays(1), LocalTime.of(8, 30));
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sweeps = two.invokeAll(List.<Callable<Integer>>of(
                    () -> notices(console, morning).tellMoved(),
                    () -> notices(console, morning).tellMoved()));
            for (Future<Integer> sweep : sweeps) {
                sweep.get();
            }
        } finally {
            two.shutdown();
        }
        notices(console, morning).tellMoved();
        for (String mobile : mobiles) {
            List<NotifyStub.Received> texts = notify.mentioning(mobile);
            assertThat(texts).as("one text to %s", mobile).hasSize(1);
            assertThat(texts.get(0).path()).endsWith("/sms");
            assertThat(texts.get(0).body())
                    .contains("has moved to")
                    .contains("/l/")
                    .contains("To change or cancel it");
        }
        for (String email : emails) {
            assertThat(notify.mentioning(email))
                    .as("still one email to %s", email)
                    .hasSize(1);
        }
        Map<String, Object> first = jdbi.withHandle(h -> h.createQuery("""
                        select s.name as site, sl.starts_at from optimisation_rehousing m
                        join request q on q.id = m.request_id join slot sl on sl.id = m.new_slot_id
                        join room r on r.id = sl.room_id join site s on s.ods_code = r.site_ods_code
                        where m.run_id = :run and q.patient_id = :patient
                        """)
                .bind("run", run)
                .bind("patient", proposed.get(0))
                .mapToMap()
                .one());
        String text = notify.mentioning(mobiles.get(0)).get(0).body();
        String time = London.atLondon(((java.sql.Timestamp) first.get("starts_at")).toInstant())
                .format(java.time.format.DateTimeFormatter.ofPattern("h:mma", java.util.Locale.UK))
                .toLowerCase(java.util.Locale.UK);
        assertThat(text)
                .as("the new time and place")
                .contains((String) first.get("site"))
                .contains(time);

        long told = jdbi.withHandle(h -> h.createQuery(
                        "select count(*) from optimisation_rehousing where run_id = :run and notified_at is not null")
                .bind("run", run)
                .mapTo(Long.class)
                .one());
        assertThat(told).isEqualTo(mobiles.size() + emails.size());
        long audited = jdbi.withHandle(
                h -> h.createQuery("select count(*) from audit_log where action = :action and detail like :run")
                        .bind("action", ReplanNotices.AUDIT_ACTION)
                        .bind("run", "%" + run + "%")
                        .mapTo(Long.class)
                        .one());
        assertThat(audited).as("each patient told has it in their trail").isEqualTo(told);
        assertThat(manager.get(location).body())
                .contains(told + " of them told by text or email so far")
                .contains("0 still to be told")
                .contains((proposed.size() / 3) + " not told by text or email");
    }

    private static ReplanNotices notices(ConsoleServer console, Clock clock) {
        var context = console.context();
        return new ReplanNotices(
                new MovedPatients(console.jdbi(), clock),
                context.getBean(PatientRepository.class),
                context.getBean(NotifyMessages.class),
                context.getBean(SignInLinks.class),
                NIGHT_QUIET,
                clock);
    }

    private static Clock at(LocalDate day, LocalTime time) {
        return Clock.fixed(ZonedDateTime.of(day, time, London.ZONE).toInstant(), London.ZONE);
    }

    private static List<String> notes(Jdbi jdbi, UUID run) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select notify_note from optimisation_rehousing where run_id = :run and notify_note is not null")
                .bind("run", run)
                .mapTo(String.class)
                .list());
    }

    private static void contact(Jdbi jdbi, long patient, String preference, String phone, String email) {
        jdbi.useHandle(h -> h.createUpdate("""
                        update patient set contact_preference = :preference, phone = :phone, email = :email,
                                           language = 'EN'
                        where id = :id""")
                .bind("preference", preference)
                .bind("phone", phone)
                .bind("email", email)
                .bind("id", patient)
                .execute());
    }
}
