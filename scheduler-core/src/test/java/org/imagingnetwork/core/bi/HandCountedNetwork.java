package org.imagingnetwork.core.bi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Cancel;
import org.imagingnetwork.core.booking.CancelOutcome;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.jdbc.JdbiBookingStore;
import org.imagingnetwork.core.jdbc.JdbiExamCatalogue;
import org.imagingnetwork.core.jdbc.JdbiNetworkDirectory;
import org.imagingnetwork.core.jdbc.JdbiOfferBook;
import org.imagingnetwork.core.jdbc.JdbiPatientRepository;
import org.imagingnetwork.core.jdbc.JdbiRequestRepository;
import org.imagingnetwork.core.jdbc.JdbiRuleRepository;
import org.imagingnetwork.core.offer.NewOffer;
import org.imagingnetwork.core.offer.OfferBook;
import org.imagingnetwork.core.offer.OfferOutcome;
import org.imagingnetwork.core.patient.ContactPreference;
import org.imagingnetwork.core.patient.Language;
import org.imagingnetwork.core.patient.PatientInput;
import org.imagingnetwork.core.patient.PatientOutcome;
import org.imagingnetwork.core.patient.PatientRegistry;
import org.imagingnetwork.core.redis.RedisClients;
import org.imagingnetwork.core.redis.RedisSettings;
import org.imagingnetwork.core.redis.RedisSlotChangeNotifier;
import org.imagingnetwork.core.redis.RedisSlotHolds;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.ReceiveOutcome;
import org.imagingnetwork.core.request.ReceiveReferral;
import org.imagingnetwork.core.request.RequestCommand;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestOutcome;
import org.imagingnetwork.core.request.RequestService;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.request.RisEvent;
import org.imagingnetwork.core.rules.RuleBook;
import org.imagingnetwork.core.support.Bookings;
import org.imagingnetwork.core.support.SettableClock;
import org.imagingnetwork.core.support.TestPatients;
import org.imagingnetwork.testsupport.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import redis.clients.jedis.JedisPooled;

/**
 * A small network in a database of its own, for figures counted by hand: ICS ZB1 with trusts ZBA
 * (site ZBA1: a CT and an X-ray room) and ZBB (site ZBB1: an X-ray room), and ICS ZB2 with trust ZBC
 * (site ZBC1: an X-ray room), outside the scope the tests usually take. Every request's history is
 * made through the core's own services — referral intake, vetting, booking, cancellation, RIS
 * statuses, offers — with the clock set to each moment in turn. All moments are in November 2026
 * after the clocks went back, so London time is UTC.
 */
final class HandCountedNetwork implements AutoCloseable {

    static final String XR = "ZBXR";
    static final String CT = "ZBCT";

    private final String url;
    private final Database database;
    private final SettableClock clock = new SettableClock(Instant.parse("2026-08-01T00:00:00Z"));
    private final PatientRegistry patients;
    private final RequestService requests;
    private final BookingService bookings;
    private final OfferBook offers;
    private final JedisPooled redis;

    HandCountedNetwork() {
        url = TestDatabase.get().freshDatabase("bifigures");
        database = Database.open(DatabaseSettings.of(url));
        Jdbi jdbi = database.jdbi();
        jdbi.useHandle(h -> h.createScript(NETWORK).execute());
        JdbiPatientRepository patientRepository = new JdbiPatientRepository(jdbi, clock);
        patients = new PatientRegistry(patientRepository, clock);
        requests = new RequestService(
                new JdbiRequestRepository(jdbi),
                patientRepository,
                new JdbiExamCatalogue(jdbi),
                new JdbiNetworkDirectory(jdbi),
                new RuleBook(new JdbiRuleRepository(jdbi, clock)),
                clock);
        RedisSettings redisSettings = Bookings.redis();
        redis = RedisClients.pooled(redisSettings);
        bookings = new BookingService(
                new JdbiBookingStore(jdbi),
                new RedisSlotHolds(redis, redisSettings, clock),
                new RedisSlotChangeNotifier(redis, redisSettings),
                clock);
        offers = new JdbiOfferBook(jdbi);
    }

    Jdbi jdbi() {
        return database.jdbi();
    }

    /** The network's database, for a second pool as another app instance would have. */
    String url() {
        return url;
    }

    SettableClock clock() {
        return clock;
    }

    static Instant at(String isoUtc) {
        return Instant.parse(isoUtc);
    }

    /** A released (or draft) session of {@code count} slots of {@code minutes} each; the slots in time order. */
    List<SlotId> session(String room, String start, int minutes, int count, String type, String exam, String status) {
        Instant from = at(start);
        return jdbi().inTransaction(h -> {
            long session = h.createUpdate("""
                            insert into session (room_id, clinic_date, starts_at, ends_at, session_type, allowed_exams, status)
                            values (:room, :day, :start, :end, :type, :exams, :status)
                            """)
                    .bind("room", room)
                    .bind("day", LocalDate.ofInstant(from, ZoneOffset.UTC))
                    .bind("start", utc(from))
                    .bind("end", utc(from.plus(Duration.ofMinutes((long) minutes * count))))
                    .bind("type", type)
                    .bind("exams", new String[] {exam})
                    .bind("status", status)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            List<SlotId> slots = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Instant slotStart = from.plus(Duration.ofMinutes((long) minutes * i));
                slots.add(new SlotId(h.createUpdate("""
                                insert into slot (session_id, room_id, starts_at, ends_at, status)
                                values (:session, :room, :start, :end, :status)
                                """)
                        .bind("session", session)
                        .bind("room", room)
                        .bind("start", utc(slotStart))
                        .bind("end", utc(slotStart.plus(Duration.ofMinutes(minutes))))
                        .bind("status", status.equals("RELEASED") ? "FREE" : "BLOCKED")
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one()));
            }
            return slots;
        });
    }

    void block(SlotId slot) {
        jdbi().useHandle(h -> h.execute("update slot set status = 'BLOCKED' where id = ?", slot.value()));
    }

    /** A new patient living at {@code postcode}, referred by {@code trust} at {@code when}. */
    RequestId refer(String trust, String exam, Priority priority, LocalDate due, String postcode, String when) {
        clock.set(at(when));
        String nhs = TestPatients.newNhsNumber();
        PatientOutcome registered = patients.register(
                new PatientInput(
                        nhs,
                        "Grace",
                        "Okafor",
                        LocalDate.of(1961, 4, 12),
                        postcode,
                        "07700 900123",
                        null,
                        ContactPreference.SMS,
                        Language.EN,
                        Set.of(),
                        null,
                        null,
                        null),
                "staff:fixture");
        if (!(registered instanceof PatientOutcome.Registered)) {
            throw new IllegalStateException("fixture patient refused: " + registered);
        }
        ReceiveOutcome outcome = requests.receive(new ReceiveReferral(
                nhs,
                exam,
                priority,
                due,
                trust,
                "Dr Amara Singh",
                false,
                false,
                null,
                false,
                false,
                Set.of(),
                null,
                null,
                null,
                "system:ris-" + trust));
        if (outcome instanceof ReceiveOutcome.Received received) {
            return received.request().id();
        }
        throw new IllegalStateException("fixture referral refused: " + outcome);
    }

    RequestId refer(String trust, String exam, String postcode, String when) {
        return refer(trust, exam, Priority.ROUTINE, null, postcode, when);
    }

    /** Vetted with a protocol: the network's standard rule then holds, so the request is waiting at once. */
    void accept(RequestId request, String when) {
        clock.set(at(when));
        changed(requests.accept(new RequestCommand.Accept(request, "Standard protocol", "staff:radiologist")));
    }

    void reject(RequestId request, String when) {
        clock.set(at(when));
        changed(requests.reject(new RequestCommand.Reject(request, "Not indicated", "staff:radiologist")));
    }

    void ris(RequestId request, RisEvent event, String when) {
        clock.set(at(when));
        changed(requests.recordRisStatus(new RequestCommand.RisStatus(request, event, null, "ris:fixture")));
    }

    void move(RequestId request, RequestState to, String when) {
        clock.set(at(when));
        changed(requests.move(new RequestCommand.Move(request, to, "Another appointment needed", "staff:clerk")));
    }

    AppointmentId book(RequestId request, SlotId slot, String when) {
        clock.set(at(when));
        BookingOutcome outcome = bookings.book(new Book(request, slot, Actor.staff("clerk"), Optional.empty()));
        if (outcome instanceof BookingOutcome.Booked booked) {
            return booked.appointment().id();
        }
        throw new IllegalStateException("fixture booking refused: " + outcome);
    }

    void cancel(AppointmentId appointment, boolean examStillNeeded, String when) {
        clock.set(at(when));
        CancelOutcome outcome =
                bookings.cancel(new Cancel(appointment, Actor.staff("clerk"), "Patient asked", examStillNeeded));
        if (!(outcome instanceof CancelOutcome.Cancelled)) {
            throw new IllegalStateException("fixture cancellation refused: " + outcome);
        }
    }

    void offer(RequestId request, SlotId slot, String when) {
        List<OfferOutcome> outcome = offers.publish(
                List.of(new NewOffer(request, slot)), "staff:planner", "fixture", at(when), Duration.ofDays(2));
        if (!(outcome.get(0) instanceof OfferOutcome.Offered)) {
            throw new IllegalStateException("fixture offer refused: " + outcome);
        }
    }

    private static void changed(RequestOutcome outcome) {
        if (!(outcome instanceof RequestOutcome.Changed)) {
            throw new IllegalStateException("fixture command refused: " + outcome);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public void close() {
        redis.close();
        database.close();
    }

    private static final String NETWORK = """
            insert into ics (code, name) values ('ZB1', 'Test Shire ICS'), ('ZB2', 'Other Shire ICS');
            insert into trust (ods_code, name, ics_code, ris_fhir_base_url) values
                ('ZBA', 'North Test NHS Trust', 'ZB1', 'http://ris-zba.test/fhir'),
                ('ZBB', 'South Test NHS Trust', 'ZB1', 'http://ris-zbb.test/fhir'),
                ('ZBC', 'Other Test NHS Trust', 'ZB2', 'http://ris-zbc.test/fhir');
            insert into site (ods_code, trust_ods_code, name, kind, postcode, latitude, longitude, step_free_access,
                              public_transport, parking, sees_children, min_child_age) values
                ('ZBA1', 'ZBA', 'North General Hospital', 'ACUTE', 'B15 2TH', 52.45, -1.94, true, 'Bus', 'Car park', false, null),
                ('ZBB1', 'ZBB', 'South Royal Infirmary', 'ACUTE', 'WR5 1DD', 52.19, -2.18, true, 'Bus', 'Car park', false, null),
                ('ZBC1', 'ZBC', 'Other County Hospital', 'ACUTE', 'CV1 5FB', 52.40, -1.51, true, 'Bus', 'Car park', false, null);
            insert into room (id, site_ods_code, name, modality, capabilities) values
                ('ZBA1-CT1', 'ZBA1', 'CT 1', 'CT', '{}'),
                ('ZBA1-XR1', 'ZBA1', 'X-ray 1', 'XR', '{}'),
                ('ZBB1-XR1', 'ZBB1', 'X-ray 1', 'XR', '{}'),
                ('ZBC1-XR1', 'ZBC1', 'X-ray 1', 'XR', '{}');
            insert into exam (code, name, modality, required_capabilities, required_skills, contrast, preparation,
                              preparation_welsh) values
                ('ZBXR', 'X-ray chest', 'XR', '{}', '{XR}', false, 'None.', 'Dim.'),
                ('ZBCT', 'CT head', 'CT', '{}', '{CT}', false, 'None.', 'Dim.');
            insert into exam_duration (exam_code, age_band, minutes) values ('ZBXR', 'ADULT', 5), ('ZBCT', 'ADULT', 10);
            """;
}
