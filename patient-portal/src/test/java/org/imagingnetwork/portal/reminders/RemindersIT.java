package org.imagingnetwork.portal.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Cancel;
import org.imagingnetwork.core.booking.Reschedule;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.signin.SignInLinks;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.portal.support.Journeys;
import org.imagingnetwork.portal.support.PortalFixture;
import org.imagingnetwork.portal.support.PortalServer;
import org.imagingnetwork.portal.web.Display;
import org.imagingnetwork.testsupport.NotifyStub;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reminders a week and a day before an appointment, against the real portal, PostgreSQL and a Notify
 * stand-in: what they say and in which language and channel, that a moved or cancelled appointment
 * is not reminded of, that quiet hours hold them, and that two instances and a restart send each once.
 * Every appointment here is in a room of its own, so the times can be chosen freely.
 */
class RemindersIT {

    private static final AtomicInteger ROOMS = new AtomicInteger();
    private static final Pattern LINK = Pattern.compile("/l/([A-Za-z0-9_.-]+)\\?next=(/referrals/[0-9]+)");

    /** An instance with no quiet hours, so the tests do not depend on the time of day they run. */
    private static PortalServer portal;

    private static PortalFixture fixture;
    private static Jdbi jdbi;

    @BeforeAll
    static void start() {
        portal = PortalServer.start(Map.of(
                "portal.reminders.quiet-from", "00:00",
                "portal.reminders.quiet-until", "00:00"));
        fixture = portal.fixture();
        jdbi = portal.context().getBean(Jdbi.class);
    }

    @AfterAll
    static void stop() {
        portal.stop();
    }

    private record Booked(
            PortalFixture.Patient patient, long request, long slot, AppointmentId appointment, Instant start) {
        String phone() {
            return phoneOf(patient);
        }
    }

    @Test
    void aWeekBeforeATextWithTheExamItsPreparationAndALinkToChangeOrCancel() {
        Booked booked = bookedLongAgo("EN", "SMS", Duration.ofDays(5));

        assertThat(sender().sendDue()).isPositive();

        List<NotifyStub.Received> texts = portal.notifyStub().mentioning(booked.phone());
        assertThat(texts).hasSize(1);
        assertThat(texts.get(0).path()).endsWith("/sms");
        String body = texts.get(0).body();
        assertThat(body)
                .contains("NHS: a reminder of your MRI head: ")
                .contains(Display.day(London.clinicDay(booked.start()), Locale.UK) + " at "
                        + Display.time(booked.start(), Locale.UK) + ", Portal General Hospital")
                .contains("Take off all metal, such as jewellery and hair clips, before your scan.")
                .contains("To change or cancel, go to " + portal.url() + "/l/");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).isTrue();
        assertThat(link.group(2)).isEqualTo("/referrals/" + booked.request());
        assertThat(portal.context().getBean(SignInLinks.class).find(link.group(1)))
                .as("a working sign-in link for this patient")
                .hasValueSatisfying(l -> assertThat(l.patient().value())
                        .isEqualTo(booked.patient().id()));
        assertThat(reminders(booked.appointment())).containsExactly("WEEK_BEFORE TEXT");

        sender().sendDue();
        assertThat(portal.notifyStub().mentioning(booked.phone()))
                .as("never twice")
                .hasSize(1);
    }

    @Test
    void aDayBeforeOnlyTheDaysReminderTheWeeksHavingClosed() {
        Booked booked = bookedLongAgo("EN", "SMS", Duration.ofHours(20));

        sender().sendDue();

        assertThat(portal.notifyStub().mentioning(booked.phone()))
                .singleElement()
                .satisfies(text -> assertThat(text.body()).contains("NHS: a reminder of your MRI head"));
        assertThat(reminders(booked.appointment())).containsExactly("DAY_BEFORE TEXT");
    }

    @Test
    void noWeeksReminderForAnAppointmentBookedInsideTheWeek() {
        Booked booked = book(patient("EN", "SMS"), Duration.ofDays(5));

        sender().sendDue();

        assertThat(portal.notifyStub().mentioning(booked.phone()))
                .as("the booking's own confirmation is enough")
                .isEmpty();
        assertThat(reminders(booked.appointment())).isEmpty();
    }

    @Test
    void aWelshSpeakerIsRemindedInWelsh() {
        Booked booked = bookedLongAgo("CY", "SMS", Duration.ofDays(4));

        sender().sendDue();

        String body = portal.notifyStub().mentioning(booked.phone()).get(0).body();
        assertThat(body)
                .contains("GIG: nodyn i")
                .contains("am eich Sgan MRI o")
                .contains(Display.day(London.clinicDay(booked.start()), Locale.forLanguageTag("cy")))
                .contains("Tynnwch bob metel, fel gemwaith a chlipiau gwallt, cyn eich sgan.")
                .contains("I newid neu ganslo, ewch i ")
                .containsPattern("[0-9](yb|yh)\\b")
                .doesNotContain("MRI head")
                .doesNotContainPattern("[0-9](am|pm)\\b");
    }

    @Test
    void byEmailForThoseWhoPreferItAndNotAtAllForThoseWhoPreferLetters() {
        Booked emailed = bookedLongAgo("EN", "EMAIL", Duration.ofDays(4).plusHours(1));
        Booked lettered = bookedLongAgo("EN", "LETTER", Duration.ofDays(4).plusHours(2));

        sender().sendDue();

        assertThat(portal.notifyStub().mentioning(emailOf(emailed.patient())))
                .singleElement()
                .satisfies(email -> {
                    assertThat(email.path()).endsWith("/email");
                    assertThat(email.body()).contains("NHS: a reminder of your MRI head");
                });
        assertThat(reminders(emailed.appointment())).containsExactly("WEEK_BEFORE EMAIL");
        // The trust's RIS writes to patients who asked for letters.
        assertThat(portal.notifyStub().mentioning(lettered.phone())).isEmpty();
        assertThat(reminders(lettered.appointment())).containsExactly("WEEK_BEFORE NOT_SENT");
    }

    @Test
    void aMovedAppointmentIsRemindedOfOnlyAtItsNewTime() {
        Booked booked = bookedLongAgo("EN", "SMS", Duration.ofDays(5).plusHours(3));
        long newSlot = slotAt(booked.start().plus(Duration.ofHours(26)));
        BookingOutcome moved = bookings()
                .reschedule(new Reschedule(booked.appointment(), new SlotId(newSlot), actor(booked), Optional.empty()));
        assertThat(moved).isInstanceOf(BookingOutcome.Booked.class);
        AppointmentId now = ((BookingOutcome.Booked) moved).appointment().id();
        blockFreed(booked.slot());

        sender().sendDue();
        assertThat(portal.notifyStub().mentioning(booked.phone()))
                .as("the old time has gone, and the new one was booked inside the week")
                .isEmpty();
        assertThat(reminders(booked.appointment())).isEmpty();

        bookedAgo(now, Duration.ofDays(10));
        sender().sendDue();
        Instant newStart = booked.start().plus(Duration.ofHours(26));
        assertThat(portal.notifyStub().mentioning(booked.phone()))
                .singleElement()
                .satisfies(text -> assertThat(text.body())
                        .contains(Display.day(London.clinicDay(newStart), Locale.UK) + " at "
                                + Display.time(newStart, Locale.UK)));
        assertThat(reminders(now)).containsExactly("WEEK_BEFORE TEXT");
    }

    @Test
    void aCancelledAppointmentIsNotRemindedOf() {
        Booked booked = bookedLongAgo("EN", "SMS", Duration.ofDays(5).plusHours(5));
        bookings().cancel(new Cancel(booked.appointment(), actor(booked), "Patient: cannotAttend", true));
        blockFreed(booked.slot());

        sender().sendDue();

        assertThat(portal.notifyStub().mentioning(booked.phone())).isEmpty();
        assertThat(reminders(booked.appointment())).isEmpty();
    }

    @Test
    void inTheQuietHoursNothingIsSentAndTheReminderWaitsForTheMorning() {
        LocalTime london = London.atLondon(Instant.now()).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        PortalServer night = PortalServer.start(Map.of(
                "portal.reminders.quiet-from", london.minusHours(1).toString(),
                "portal.reminders.quiet-until", london.plusHours(1).toString()));
        try {
            Booked booked = bookedLongAgo("EN", "SMS", Duration.ofDays(3).plusHours(7));

            assertThat(night.context().getBean(ReminderSender.class).sendDue()).isZero();
            assertThat(night.notifyStub().mentioning(booked.phone())).isEmpty();
            assertThat(reminders(booked.appointment())).as("held, not claimed").isEmpty();

            // Out of the quiet hours (here: an instance whose hours have ended) it goes.
            sender().sendDue();
            assertThat(portal.notifyStub().mentioning(booked.phone())).hasSize(1);
        } finally {
            night.stop();
        }
    }

    @Test
    void twoInstancesSweepingTogetherAndARestartSendEachReminderOnce() throws Exception {
        List<Booked> due = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            due.add(bookedLongAgo("EN", "SMS", Duration.ofDays(2).plusMinutes(40L * i)));
        }
        PortalServer other = PortalServer.start(Map.of(
                "portal.reminders.quiet-from", "00:00",
                "portal.reminders.quiet-until", "00:00"));
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sweeps = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                sweeps.add(both.submit(() -> sender().sendDue()));
                sweeps.add(both.submit(
                        () -> other.context().getBean(ReminderSender.class).sendDue()));
            }
            for (Future<Integer> sweep : sweeps) {
                sweep.get();
            }
        } finally {
            both.shutdown();
            other.stop();
        }
        // A restarted instance knows only what PostgreSQL knows.
        PortalServer restarted = PortalServer.start(Map.of(
                "portal.reminders.quiet-from", "00:00",
                "portal.reminders.quiet-until", "00:00"));
        try {
            restarted.context().getBean(ReminderSender.class).sendDue();
            for (Booked booked : due) {
                int sent = portal.notifyStub().mentioning(booked.phone()).size()
                        + other.notifyStub().mentioning(booked.phone()).size()
                        + restarted.notifyStub().mentioning(booked.phone()).size();
                assertThat(sent)
                        .as("reminders to patient %d", booked.patient().id())
                        .isEqualTo(1);
                assertThat(reminders(booked.appointment())).containsExactly("WEEK_BEFORE TEXT");
            }
        } finally {
            restarted.stop();
        }
    }

    private static ReminderSender sender() {
        return portal.context().getBean(ReminderSender.class);
    }

    private static BookingService bookings() {
        return portal.context().getBean(BookingService.class);
    }

    private static Actor actor(Booked booked) {
        return Actor.patient(new PatientId(booked.patient().id()));
    }

    /** A patient with a number and an address of their own, so their messages can be told apart. */
    private static PortalFixture.Patient patient(String language, String preference) {
        PortalFixture.Patient patient =
                fixture.patient("Rhian", java.time.LocalDate.of(1970, 2, 3), "B15 2TT", language);
        jdbi.useHandle(h -> h.createUpdate(
                        "update patient set phone = :phone, email = :email, contact_preference = :preference where id = :id")
                .bind("phone", phoneOf(patient))
                .bind("email", emailOf(patient))
                .bind("preference", preference)
                .bind("id", patient.id())
                .execute());
        return patient;
    }

    private static String phoneOf(PortalFixture.Patient patient) {
        return String.format("07700%06d", patient.id() % 1_000_000);
    }

    private static String emailOf(PortalFixture.Patient patient) {
        return "reminded-" + patient.id() + "@example.test";
    }

    /** An MRI booked this far ahead, ten days ago: every reminder of it is due when its time comes. */
    private static Booked bookedLongAgo(String language, String preference, Duration ahead) {
        Booked booked = book(patient(language, preference), ahead);
        bookedAgo(booked.appointment(), Duration.ofDays(10));
        return booked;
    }

    private static Booked book(PortalFixture.Patient patient, Duration ahead) {
        long request = fixture.waitingRequest(patient, PortalFixture.MRI_BRAIN);
        Instant start = Instant.now().plus(ahead).truncatedTo(ChronoUnit.MINUTES);
        long slot = slotAt(start);
        BookingOutcome.Booked booked = Journeys.bookDirectly(portal, patient, request, slot);
        return new Booked(patient, request, slot, booked.appointment().id(), start);
    }

    private static void bookedAgo(AppointmentId appointment, Duration ago) {
        jdbi.useHandle(h -> h.createUpdate(
                        "update appointment set booked_at = now() - make_interval(days => :days) where id = :id")
                .bind("days", (int) ago.toDays())
                .bind("id", appointment.value())
                .execute());
    }

    /** A slot these tests freed is closed, so no other test's offer sweep offers it to its patients. */
    private static void blockFreed(long slot) {
        jdbi.useHandle(h -> h.createUpdate("update slot set status = 'BLOCKED' where id = :id and status = 'FREE'")
                .bind("id", slot)
                .execute());
    }

    /** A free 30-minute MRI slot at this moment, in a new room of the general hospital. */
    private static long slotAt(Instant start) {
        String room = "ZP1AA-RM" + ROOMS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        Instant end = start.plus(Duration.ofMinutes(30));
        return jdbi.inTransaction(h -> {
            h.createUpdate("insert into room (id, site_ods_code, name, modality, capabilities) values"
                            + " (:room, 'ZP1AA', :room, 'MR', '{}')")
                    .bind("room", room)
                    .execute();
            long session = h.createQuery("""
                            insert into session (room_id, clinic_date, starts_at, ends_at, session_type, allowed_exams, status)
                            values (:room, :day, :start, :end, 'General', array['ZPMRBRAIN'], 'RELEASED')
                            returning id
                            """)
                    .bind("room", room)
                    .bind("day", London.clinicDay(start))
                    .bind("start", start.atOffset(java.time.ZoneOffset.UTC))
                    .bind("end", end.atOffset(java.time.ZoneOffset.UTC))
                    .mapTo(Long.class)
                    .one();
            return h.createQuery("""
                            insert into slot (session_id, room_id, starts_at, ends_at, status)
                            values (:session, :room, :start, :end, 'FREE') returning id
                            """)
                    .bind("session", session)
                    .bind("room", room)
                    .bind("start", start.atOffset(java.time.ZoneOffset.UTC))
                    .bind("end", end.atOffset(java.time.ZoneOffset.UTC))
                    .mapTo(Long.class)
                    .one();
        });
    }

    /** The appointment's reminders as "KIND OUTCOME". */
    private static List<String> reminders(AppointmentId appointment) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select kind || ' ' || coalesce(outcome, '-') from appointment_reminder where appointment_id = :id"
                                + " order by kind")
                .bind("id", appointment.value())
                .mapTo(String.class)
                .list());
    }
}
