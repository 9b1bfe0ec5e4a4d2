package org.imagingnetwork.console.optimisation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.optimizer.allocation.Horizon;
import org.imagingnetwork.optimizer.disruption.RoomClosure;
import org.imagingnetwork.optimizer.run.RunId;
import org.imagingnetwork.optimizer.run.RunKind;
import org.imagingnetwork.optimizer.run.RunScope;
import org.imagingnetwork.optimizer.run.RunSettings;
import org.imagingnetwork.optimizer.run.RunStore;
import org.imagingnetwork.optimizer.run.ScopeLevel;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A small ICS of its own (ZZCMP: trusts ZZC1 with sites "Compare North" and "Compare East", ZZC2 with
 * "Compare South"), an X-ray room at each, three staff, and solved runs of every kind over one week
 * with hand-picked results, so every figure of the compare page can be counted by hand. Its own ICS
 * keeps the demo network's runs, worklists and diary as they were.
 *
 * <p>Referral days count back from the week's Monday D. Sites North and East stand where the patients
 * live (postcode district B1); South 0.09° of latitude north of it, 10.0 km.
 */
final class CompareFixture {

    static final String ICS = "ZZCMP";
    static final String NORTH = "Compare North";
    static final String EAST = "Compare East";
    static final String SOUTH = "Compare South";
    static final String TRUST_ONE = "Compare Trust One";
    static final String TRUST_TWO = "Compare Trust Two";

    final LocalDate monday;
    final RunId allocationOne;
    final RunId allocationTwo;
    final RunId diaryOne;
    final RunId diaryTwo;
    final RunId diaryOtherWeek;
    final RunId replanOne;
    final RunId replanTwo;

    private static CompareFixture instance;

    private final Jdbi jdbi;
    private final String exam;

    /** The fixture, built once per test JVM on the shared console's database for the compare tests and journey. */
    static synchronized CompareFixture get(Jdbi jdbi) {
        if (instance == null) {
            instance = new CompareFixture(jdbi, OptimisationRuns.nextMonday().plusWeeks(3));
        }
        return instance;
    }

    private CompareFixture(Jdbi jdbi, LocalDate monday) {
        this.jdbi = jdbi;
        this.monday = monday;
        this.exam =
                jdbi.withHandle(h -> h.createQuery("select code from exam where modality = 'XR' order by code limit 1")
                        .mapTo(String.class)
                        .one());
        jdbi.useTransaction(this::network);
        Instant asked = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);
        long[] slots = jdbi.inTransaction(this::diary);
        long s1 = slots[0];
        long s2 = slots[1];
        long s3 = slots[2];
        long s8 = slots[3];
        long s4 = slots[4];
        long s5 = slots[5];
        long s6 = slots[6];
        long s7 = slots[7];
        long s9 = slots[8];

        // Bookings when the allocations were asked for: 20 days at North, 40 at South, 10 at East. One
        // cancelled before and one booked after the runs were asked for do not count.
        jdbi.useTransaction(h -> {
            booked(h, request(h, "ROUTINE", 20, "REPORTED"), s1, asked.minus(1, ChronoUnit.DAYS), "FULFILLED", null);
            booked(h, request(h, "ROUTINE", 40, "REPORTED"), s4, asked.minus(1, ChronoUnit.DAYS), "FULFILLED", null);
            booked(h, request(h, "ROUTINE", 10, "REPORTED"), s9, asked.minus(1, ChronoUnit.DAYS), "FULFILLED", null);
            booked(
                    h,
                    request(h, "ROUTINE", 10, "CANCELLED"),
                    s5,
                    asked.minus(1, ChronoUnit.DAYS),
                    "CANCELLED",
                    asked.minus(1, ChronoUnit.MINUTES));
            booked(h, request(h, "ROUTINE", 5, "REPORTED"), s8, asked.plus(1, ChronoUnit.MINUTES), "FULFILLED", null);
        });
        long p1 = jdbi.withHandle(h -> request(h, "ROUTINE", 30, "CANCELLED"));
        long p2 = jdbi.withHandle(h -> request(h, "URGENT", 4, "CANCELLED"));
        RunStore store = new RunStore(jdbi);
        RunScope week = scope(monday);

        allocationOne = run(store, RunKind.ALLOCATION, week, asked);
        figures(allocationOne, 3, 2);
        proposals(allocationOne, p1, s2, p2, s6);
        allocationTwo = run(store, RunKind.ALLOCATION, week, asked);
        figures(allocationTwo, 3, 1);
        proposals(allocationTwo, p1, s5, p2, s3);

        diaryOne = run(store, RunKind.DIARY, week, asked);
        sessions(
                diaryOne,
                List.of(
                        new Planned("ZZC1A-XR1", 0, LocalTime.of(8, 0), LocalTime.of(13, 0), "ZZCST1", "ZZCST2"),
                        new Planned("ZZC2A-XR1", 1, LocalTime.of(13, 0), LocalTime.of(17, 0), "ZZCST2")));
        diaryTwo = run(store, RunKind.DIARY, week, asked);
        sessions(
                diaryTwo,
                List.of(
                        new Planned("ZZC1A-XR1", 0, LocalTime.of(8, 0), LocalTime.of(12, 0), "ZZCST1"),
                        new Planned("ZZC1A-XR1", 2, LocalTime.of(8, 0), LocalTime.of(12, 0), "ZZCST1"),
                        new Planned("ZZC2A-XR1", 0, LocalTime.of(8, 0), LocalTime.of(18, 0), "ZZCST2")));
        diaryOtherWeek = run(store, RunKind.DIARY, scope(monday.plusWeeks(1)), asked);

        // The re-plan's patients, all booked at North on D when its room closed: referred 38, 10, 2 and
        // 50 days before; r1 routine (breach D+4), r2 two-week wait (target D+4), r3 urgent (target
        // D+5), r4 routine already past its breach date (D-8).
        long r1 = jdbi.withHandle(h -> request(h, "ROUTINE", 38, "CANCELLED"));
        long r2 = jdbi.withHandle(h -> request(h, "TWO_WEEK_WAIT", 10, "CANCELLED"));
        long r3 = jdbi.withHandle(h -> request(h, "URGENT", 2, "CANCELLED"));
        long r4 = jdbi.withHandle(h -> request(h, "ROUTINE", 50, "CANCELLED"));
        replanOne = replan(store, week, asked);
        rehouse(replanOne, r1, s1, s6);
        rehouse(replanOne, r2, s2, s7);
        rehouse(replanOne, r3, s3, null);
        rehouse(replanOne, r4, s8, s4);
        replanTwo = replan(store, week, asked);
        rehouse(replanTwo, r1, s1, null);
        rehouse(replanTwo, r2, s2, s4);
        rehouse(replanTwo, r3, s3, s9);
        rehouse(replanTwo, r4, s8, s6);
    }

    private record Planned(String room, int day, LocalTime from, LocalTime to, String... staff) {}

    private static RunScope scope(LocalDate monday) {
        return new RunScope(
                ScopeLevel.ICS, Optional.of(ICS), Optional.of(Modality.XR), new Horizon(monday, monday.plusDays(6)));
    }

    private void network(Handle h) {
        h.execute("insert into ics (code, name) values ('ZZCMP', 'Compare ICS')");
        h.execute("""
                insert into trust (ods_code, name, ics_code, ris_fhir_base_url) values
                    ('ZZC1', 'Compare Trust One', 'ZZCMP', 'http://127.0.0.1:9/fhir'),
                    ('ZZC2', 'Compare Trust Two', 'ZZCMP', 'http://127.0.0.1:9/fhir')
                """);
        h.execute("""
                insert into site (ods_code, trust_ods_code, name, kind, postcode, latitude, longitude, step_free_access,
                                  public_transport, parking, sees_children)
                values ('ZZC1A', 'ZZC1', 'Compare North', 'CDC', 'B1 1AA', 52.480, -1.907, true, 'Bus', 'Free', false),
                       ('ZZC1B', 'ZZC1', 'Compare East', 'CDC', 'B1 2AA', 52.480, -1.907, true, 'Bus', 'Free', false),
                       ('ZZC2A', 'ZZC2', 'Compare South', 'CDC', 'B2 1AA', 52.570, -1.907, true, 'Bus', 'Free', false)
                """);
        // North open 10 hours Monday to Friday (50 a week), South 12 (60), East 10 on Mondays only.
        h.execute("""
                insert into site_opening_hours (site_ods_code, day_of_week, opens, closes)
                select 'ZZC1A', d, time '08:00', time '18:00' from generate_series(1, 5) d
                union all select 'ZZC2A', d, time '08:00', time '20:00' from generate_series(1, 5) d
                union all select 'ZZC1B', 1, time '08:00', time '18:00'
                """);
        h.execute("""
                insert into room (id, site_ods_code, name, modality) values
                    ('ZZC1A-XR1', 'ZZC1A', 'X-ray 1', 'XR'), ('ZZC1B-XR1', 'ZZC1B', 'X-ray 1', 'XR'),
                    ('ZZC2A-XR1', 'ZZC2A', 'X-ray 1', 'XR')
                """);
        // Rostered for X-ray: 30 + 20 hours a week; 30 of them also trained for children. The
        // ultrasound sonographer cannot work in X-ray and is not counted.
        h.execute("""
                insert into staff (id, name, role, skills, trust_ods_code, contracted_hours_per_week) values
                    ('ZZCST1', 'Compare One', 'RADIOGRAPHER', '{XR,PAEDIATRIC}', 'ZZC1', 30),
                    ('ZZCST2', 'Compare Two', 'RADIOGRAPHER', '{XR}', 'ZZC2', 20),
                    ('ZZCST3', 'Compare Three', 'SONOGRAPHER', '{US}', 'ZZC1', 40)
                """);
    }

    /**
     * The diary now: North 09:00–12:00 on D (ZZCST1), South 09:00–12:00 on D and D+1 (ZZCST2), East
     * 09:00–12:00 on D (no staff). Returns the slots s1, s2, s3, s8 (North D 09:00, 09:30, 10:00,
     * 10:30), s4, s5 (South D 09:00, 09:30), s6, s7 (South D+1 09:00, 09:30) and s9 (East D 09:00).
     */
    private long[] diary(Handle h) {
        long north = session(h, "ZZC1A-XR1", monday, "ZZCST1");
        long south = session(h, "ZZC2A-XR1", monday, "ZZCST2");
        long southNext = session(h, "ZZC2A-XR1", monday.plusDays(1), "ZZCST2");
        long east = session(h, "ZZC1B-XR1", monday, null);
        return new long[] {
            slot(h, north, "ZZC1A-XR1", monday, 9, 0),
            slot(h, north, "ZZC1A-XR1", monday, 9, 30),
            slot(h, north, "ZZC1A-XR1", monday, 10, 0),
            slot(h, north, "ZZC1A-XR1", monday, 10, 30),
            slot(h, south, "ZZC2A-XR1", monday, 9, 0),
            slot(h, south, "ZZC2A-XR1", monday, 9, 30),
            slot(h, southNext, "ZZC2A-XR1", monday.plusDays(1), 9, 0),
            slot(h, southNext, "ZZC2A-XR1", monday.plusDays(1), 9, 30),
            slot(h, east, "ZZC1B-XR1", monday, 9, 0)
        };
    }

    private long session(Handle h, String room, LocalDate day, String staff) {
        long id = h.createUpdate("""
                        insert into session (room_id, clinic_date, starts_at, ends_at, session_type, allowed_exams)
                        values (:room, :day, :from, :to, 'General', array[:exam])
                        """)
                .bind("room", room)
                .bind("day", day)
                .bind("from", London.moment(day, LocalTime.of(9, 0)))
                .bind("to", London.moment(day, LocalTime.of(12, 0)))
                .bind("exam", exam)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        if (staff != null) {
            h.createUpdate("insert into session_staff (session_id, staff_id) values (:s, :st)")
                    .bind("s", id)
                    .bind("st", staff)
                    .execute();
        }
        return id;
    }

    private static long slot(Handle h, long session, String room, LocalDate day, int hour, int minute) {
        Instant from = London.moment(day, LocalTime.of(hour, minute));
        return h.createUpdate("""
                        insert into slot (session_id, room_id, starts_at, ends_at, status)
                        values (:session, :room, :from, :to, 'FREE')
                        """)
                .bind("session", session)
                .bind("room", room)
                .bind("from", from)
                .bind("to", from.plus(30, ChronoUnit.MINUTES))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    /** A request of a new patient living in B1, referred this many days before D, with its six-week breach date. */
    private long request(Handle h, String priority, int daysBefore, String state) {
        String nhs = nhsNumber(h);
        long patient = h.createUpdate("""
                        insert into patient (nhs_number, given_name, family_name, date_of_birth, postcode,
                                             contact_preference, language)
                        values (:nhs, 'Compare', 'Patient', '1970-01-01', 'B1 1AA', 'LETTER', 'EN')
                        """)
                .bind("nhs", nhs)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        LocalDate referred = monday.minusDays(daysBefore);
        return h.createUpdate("""
                        insert into request (patient_id, exam_code, priority, referring_trust, referring_clinician,
                                             received_at, breach_date, state)
                        values (:patient, :exam, :priority, 'ZZC1', 'Dr Compare', :received, :breach, :state)
                        """)
                .bind("patient", patient)
                .bind("exam", exam)
                .bind("priority", priority)
                .bind("received", London.moment(referred, LocalTime.NOON))
                .bind("breach", referred.plusWeeks(6))
                .bind("state", state)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    /** A random NHS number no patient has, whose Modulus 11 check digit is right, as the domain checks. */
    private static String nhsNumber(Handle h) {
        while (true) {
            String nine =
                    "999" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            boolean taken = h.createQuery("select exists (select 1 from patient where nhs_number = :n)")
                    .bind("n", nine + check)
                    .mapTo(Boolean.class)
                    .one();
            if (check != 10 && !taken) {
                return nine + check;
            }
        }
    }

    private static void booked(Handle h, long request, long slot, Instant at, String status, Instant endedAt) {
        h.createUpdate("""
                        insert into appointment (id, request_id, slot_id, status, booked_at, booked_by, ended_at, end_reason)
                        values (:id, :request, :slot, :status, :at, 'test', :ended, :reason)
                        """)
                .bind("id", UUID.randomUUID())
                .bind("request", request)
                .bind("slot", slot)
                .bind("status", status)
                .bind("at", at)
                .bind("ended", endedAt)
                .bind("reason", endedAt == null ? null : "compare test")
                .execute();
    }

    private RunId run(RunStore store, RunKind kind, RunScope scope, Instant asked) {
        RunId id = new RunId(UUID.randomUUID());
        store.create(id, kind, scope, RunSettings.of(3), "compare test", asked);
        solved(id);
        return id;
    }

    private RunId replan(RunStore store, RunScope scope, Instant asked) {
        RunId id = new RunId(UUID.randomUUID());
        store.createDisruption(
                id,
                scope,
                RunSettings.of(3),
                new RoomClosure("ZZC1A-XR1", monday, monday, "Scanner down"),
                "compare test",
                asked);
        solved(id);
        return id;
    }

    private void solved(RunId id) {
        jdbi.useHandle(h -> h.createUpdate("""
                        update optimisation_run set state = 'SOLVED', claimed_by = 'compare test', claimed_at = requested_at,
                                                    finished_at = requested_at, best_score = '0hard/0medium/0soft'
                        where id = :id
                        """).bind("id", id.value()).execute());
    }

    /** Stored key figures: before (as the optimiser measured it) 4 breaches; after, the given breaches and placed. */
    private void figures(RunId id, int placed, int breaches) {
        String before = json(0, 4, 2, 4, 1);
        String after = json(placed, 5 - placed, breaches, breaches, 0);
        jdbi.useHandle(h -> h.createUpdate("""
                        update optimisation_run set figures_before = cast(:before as jsonb), figures_after = cast(:after as jsonb)
                        where id = :id
                        """)
                .bind("id", id.value())
                .bind("before", before)
                .bind("after", after)
                .execute());
    }

    private static String json(int placed, int unplaced, int breaches, int urgentLate, int hard) {
        return """
                {"hardViolations": %d, "placed": %d, "proposals": %d, "unplaced": %d, "sixWeekBreaches": %d,
                 "urgentLate": %d, "meanWaitBySite": {}, "waitSpreadMaxMinDays": 0, "waitSpreadStdDevDays": 0,
                 "utilisation": 0.5, "meanTravelKm": 2.5}
                """.formatted(hard, placed, placed, unplaced, breaches, urgentLate);
    }

    private void proposals(RunId id, long requestOne, long slotOne, long requestTwo, long slotTwo) {
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into optimisation_proposal (run_id, request_id, slot_id)
                        values (:id, :r1, :s1), (:id, :r2, :s2)
                        """)
                .bind("id", id.value())
                .bind("r1", requestOne)
                .bind("s1", slotOne)
                .bind("r2", requestTwo)
                .bind("s2", slotTwo)
                .execute());
    }

    private void sessions(RunId id, List<Planned> planned) {
        jdbi.useHandle(h -> {
            int seq = 0;
            for (Planned session : planned) {
                LocalDate day = monday.plusDays(session.day());
                h.createUpdate("""
                                insert into optimisation_session (run_id, seq, room_id, clinic_date, starts_at, ends_at,
                                                                  session_type, allowed_exams, staff_ids)
                                values (:id, :seq, :room, :day, :from, :to, 'General', array[:exam], :staff)
                                """)
                        .bind("id", id.value())
                        .bind("seq", seq++)
                        .bind("room", session.room())
                        .bind("day", day)
                        .bind("from", London.moment(day, session.from()))
                        .bind("to", London.moment(day, session.to()))
                        .bind("exam", exam)
                        .bind("staff", session.staff())
                        .execute();
            }
        });
    }

    private void rehouse(RunId id, long request, long lost, Long slot) {
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into optimisation_rehousing (run_id, request_id, lost_slot_id, new_slot_id, no_slot_reason)
                        values (:id, :request, :lost, :slot, :reason)
                        """)
                .bind("id", id.value())
                .bind("request", request)
                .bind("lost", lost)
                .bind("slot", slot)
                .bind("reason", slot == null ? "No free slot in time" : null)
                .execute());
    }
}
