package org.imagingnetwork.core.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.time.London;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Builds small, self-contained diaries for booking tests: each call makes its own trust, site and
 * room with fresh codes, so test classes sharing the run's database never see each other's rows.
 */
public final class DiaryFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    // 998 keeps fixture patients clear of the demo network's 999 range; a random start keeps runs
    // against a database kept from an earlier run (the booking benchmark's option) clear of each other.
    private static final AtomicInteger NHS_SEQUENCE =
            new AtomicInteger(java.util.concurrent.ThreadLocalRandom.current().nextInt(0, 900_000));

    public static final String CT_HEAD = "CHEAD";
    public static final String CT_CHEST_CONTRAST = "CCHAPC";
    public static final String XR_CHEST = "XCHES";

    private final Jdbi jdbi;

    public DiaryFixture(Jdbi jdbi) {
        this.jdbi = jdbi;
        jdbi.useHandle(DiaryFixture::catalogue);
    }

    /** A CT room at a new site with one released session of {@code slots} 15-minute slots starting at {@code from}. */
    public Diary ctDiary(Instant from, int slots) {
        return diary(from, slots, "CT", new String[] {"CONTRAST_INJECTOR"}, new String[] {CT_HEAD, CT_CHEST_CONTRAST});
    }

    public Diary diary(Instant from, int slots, String modality, String[] capabilities, String[] allowedExams) {
        int n = SEQUENCE.incrementAndGet();
        String code = "Z" + leftPad(Integer.toString(n, 36).toUpperCase(Locale.ROOT), 3);
        String trust = code;
        String site = trust + "S";
        String room = site + "-R1";
        return jdbi.inTransaction(h -> {
            h.execute("insert into ics (code, name) values ('QHL', 'Birmingham and Solihull') on conflict do nothing");
            h.execute(
                    "insert into trust values (?, ?, 'QHL', ?)",
                    trust,
                    "Test Trust " + code,
                    "http://127.0.0.1:1/fhir/" + trust);
            h.execute("""
                    insert into site (ods_code, trust_ods_code, name, kind, postcode, latitude, longitude, step_free_access,
                                      public_transport, parking, sees_children, min_child_age)
                    values (?, ?, ?, 'CDC', 'B15 2TH', 52.45, -1.93, true, 'Bus 61', 'Free car park', true, 5)
                    """, site, trust, "Test Site " + code);
            h.createUpdate(
                            "insert into room (id, site_ods_code, name, modality, capabilities) values (:id, :site, 'Room 1', :modality, :caps)")
                    .bind("id", room)
                    .bind("site", site)
                    .bind("modality", modality)
                    .bind("caps", capabilities)
                    .execute();
            Instant end = from.plus(Duration.ofMinutes(15L * slots));
            long session = h.createUpdate("""
                            insert into session (room_id, clinic_date, starts_at, ends_at, session_type, allowed_exams)
                            values (:room, :day, :start, :end, 'CT general', :exams)
                            """)
                    .bind("room", room)
                    .bind("day", London.clinicDay(from))
                    .bind("start", utc(from))
                    .bind("end", utc(end))
                    .bind("exams", allowedExams)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            List<SlotId> ids = new ArrayList<>();
            for (int i = 0; i < slots; i++) {
                Instant start = from.plus(Duration.ofMinutes(15L * i));
                ids.add(new SlotId(h.createUpdate("""
                                insert into slot (session_id, room_id, starts_at, ends_at) values (:session, :room, :start, :end)
                                """)
                        .bind("session", session)
                        .bind("room", room)
                        .bind("start", utc(start))
                        .bind("end", utc(start.plus(Duration.ofMinutes(15))))
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one()));
            }
            return new Diary(trust, site, room, ids);
        });
    }

    /** A new adult patient with a request for this exam, already vetted and on the waiting list. */
    public Waiting waitingRequest(String trust, String exam) {
        return waitingRequest(trust, exam, LocalDate.of(1970, 5, 17));
    }

    public Waiting waitingRequest(String trust, String exam, LocalDate dateOfBirth) {
        return jdbi.inTransaction(h -> insertWaiting(h, trust, exam, dateOfBirth));
    }

    private static Waiting insertWaiting(Handle h, String trust, String exam, LocalDate dateOfBirth) {
        long patient = h.createUpdate("""
                            insert into patient (nhs_number, given_name, family_name, date_of_birth, postcode,
                                                 contact_preference, language)
                            values (:nhs, 'Ada', 'Test', :dob, 'B15 2TH', 'LETTER', 'EN')
                            """)
                .bind("nhs", nextNhsNumber())
                .bind("dob", dateOfBirth)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        long request = h.createUpdate("""
                            insert into request (patient_id, exam_code, priority, referring_trust, referring_clinician,
                                                 received_at, breach_date, state)
                            values (:patient, :exam, 'ROUTINE', :trust, 'Dr Test', now(), current_date + 42, 'WAITING')
                            """)
                .bind("patient", patient)
                .bind("exam", exam)
                .bind("trust", trust)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        return new Waiting(new PatientId(patient), new RequestId(request));
    }

    /** Many waiting requests at once, each for its own new adult patient, in one transaction. */
    public List<Waiting> waitingRequests(String trust, String exam, int count) {
        return jdbi.inTransaction(h -> {
            List<Waiting> made = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                made.add(insertWaiting(h, trust, exam, LocalDate.of(1970, 5, 17)));
            }
            return made;
        });
    }

    public static String nextNhsNumber() {
        while (true) {
            String nine = "998" + String.format("%06d", NHS_SEQUENCE.incrementAndGet() % 1_000_000);
            int check = NhsNumber.checkDigitFor(nine);
            if (check >= 0) {
                return nine + check;
            }
        }
    }

    private static void catalogue(Handle h) {
        h.execute("""
                insert into exam (code, name, modality, required_capabilities, required_skills, contrast, preparation, preparation_welsh)
                values ('CHEAD', 'CT head', 'CT', '{}', '{CT}', false, 'No preparation needed.', 'Nid oes angen paratoi.'),
                       ('CCHAPC', 'CT chest, abdomen and pelvis with contrast', 'CT', '{CONTRAST_INJECTOR}', '{CT,CONTRAST_CANNULATION}',
                        true, 'Do not eat for 2 hours before.', 'Peidiwch â bwyta am 2 awr cyn hynny.'),
                       ('XCHES', 'X-ray chest', 'XR', '{}', '{XR}', false, 'No preparation needed.', 'Nid oes angen paratoi.')
                on conflict do nothing
                """);
        h.execute("""
                insert into exam_duration (exam_code, age_band, minutes)
                values ('CHEAD', 'ADULT', 10), ('CHEAD', 'CHILD', 15), ('CCHAPC', 'ADULT', 15), ('XCHES', 'ADULT', 5)
                on conflict do nothing
                """);
    }

    private static String leftPad(String code, int length) {
        return "0".repeat(Math.max(0, length - code.length())) + code;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public record Diary(String trust, String site, String room, List<SlotId> slots) {}

    public record Waiting(PatientId patient, RequestId request) {}
}
