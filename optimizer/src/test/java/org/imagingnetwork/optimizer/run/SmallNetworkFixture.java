package org.imagingnetwork.optimizer.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.SlotBooked;
import org.imagingnetwork.core.booking.SlotChangeNotifier;
import org.imagingnetwork.core.booking.SlotReleased;
import org.imagingnetwork.core.booking.SlotsBlocked;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.hold.HoldOutcome;
import org.imagingnetwork.core.hold.HoldToken;
import org.imagingnetwork.core.hold.SlotHolds;
import org.imagingnetwork.core.jdbc.JdbiBookingStore;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.time.London;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A small network in the test database for run tests: one ICS, an overloaded trust with an acute
 * hospital and a trust with spare capacity at a CDC 9 km away, one MRI room each, six half-hour
 * slots every weekday morning of the week from {@link #MONDAY}, one booked appointment, and a
 * waiting list of 45 (40 from the overloaded trust), some of whom breach six weeks that week.
 * Codes start with Y so they never meet other fixtures' rows.
 */
final class SmallNetworkFixture {
    static final LocalDate MONDAY = LocalDate.of(2031, 3, 10);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2031-03-03T09:00:00Z"), ZoneOffset.UTC);
    static final int WAITING = 45;
    static final int SLOTS = 60;

    private SmallNetworkFixture() {}

    static synchronized void load(Jdbi jdbi) {
        if (jdbi.withHandle(h -> h.createQuery("select count(*) from trust where ods_code = 'YT1'")
                        .mapTo(Long.class)
                        .one())
                > 0) {
            return;
        }
        jdbi.useTransaction(h -> {
            h.execute("""
                    insert into ics (code, name) values ('YQ1', 'Test Vale ICS');
                    insert into trust (ods_code, name, ics_code, ris_fhir_base_url) values
                        ('YT1', 'Busy Test NHS Trust', 'YQ1', 'http://ris-yt1.test/fhir'),
                        ('YT2', 'Quiet Test NHS Trust', 'YQ1', 'http://ris-yt2.test/fhir');
                    insert into site (ods_code, trust_ods_code, name, kind, postcode, latitude, longitude, step_free_access,
                                      public_transport, parking, sees_children, min_child_age) values
                        ('YT1AA', 'YT1', 'Busy General Hospital', 'ACUTE', 'B15 2TH', 52.4530, -1.9380, true, 'Bus 61', 'Pay and display', true, 0),
                        ('YT2CD', 'YT2', 'Quiet Community Diagnostic Centre', 'CDC', 'B73 5AB', 52.5631, -1.8246, true, 'Bus X4', 'Free', false, null);
                    insert into room (id, site_ods_code, name, modality, capabilities) values
                        ('YT1AA-MR1', 'YT1AA', 'MRI 1', 'MR', '{TESLA_3}'),
                        ('YT2CD-MR1', 'YT2CD', 'MRI 1', 'MR', '{}');
                    insert into staff (id, name, role, skills, trust_ods_code, contracted_hours_per_week) values
                        ('YT1-S1', 'Asha Patel', 'RADIOGRAPHER', '{MR}', 'YT1', 37),
                        ('YT1-S2', 'Tom Evans', 'RADIOGRAPHER', '{MR,PAEDIATRIC}', 'YT1', 37),
                        ('YT2-S1', 'Mary Jones', 'RADIOGRAPHER', '{MR}', 'YT2', 37),
                        ('YT2-S2', 'Raj Singh', 'RADIOGRAPHER', '{MR}', 'YT2', 30);
                    insert into staff_home_site (staff_id, site_ods_code) values
                        ('YT1-S1', 'YT1AA'), ('YT1-S2', 'YT1AA'), ('YT2-S1', 'YT2CD'), ('YT2-S2', 'YT2CD');
                    insert into exam (code, name, modality, required_capabilities, required_skills, contrast, preparation, preparation_welsh)
                    values ('MBRAI', 'MRI brain', 'MR', '{}', '{MR}', false, 'Remove metal.', 'Tynnwch fetel.')
                    on conflict do nothing;
                    insert into exam_duration (exam_code, age_band, minutes) values ('MBRAI', 'ADULT', 30), ('MBRAI', 'CHILD', 30)
                    on conflict do nothing;
                    """);
            for (String room : new String[] {"YT1AA-MR1", "YT2CD-MR1"}) {
                for (int day = 0; day < 5; day++) {
                    session(h, room, MONDAY.plusDays(day));
                }
            }
            for (int i = 0; i < WAITING; i++) {
                long patient = patient(h, i);
                String trust = i < 40 ? "YT1" : "YT2";
                Instant received = London.moment(MONDAY.minusDays(10 + i), LocalTime.of(10, 0));
                request(h, patient, trust, received, "WAITING");
            }
            long bookedPatient = patient(h, 99);
            long booked = request(
                    h, bookedPatient, "YT1", London.moment(MONDAY.minusDays(30), LocalTime.of(10, 0)), "APPOINTED");
            long slot = h.createQuery("select id from slot where room_id = 'YT1AA-MR1' order by starts_at limit 1")
                    .mapTo(Long.class)
                    .one();
            h.execute("update slot set status = 'BOOKED' where id = ?", slot);
            h.execute("""
                    insert into appointment (id, request_id, slot_id, status, booked_at, booked_by)
                    values (gen_random_uuid(), ?, ?, 'BOOKED', now(), 'staff:fixture')
                    """, booked, slot);
        });
    }

    /** The room a disruption test closes, and the day its three patients are booked there. */
    static final String CLOSING_ROOM = "YT9AA-MR1";

    static final LocalDate CLOSING_DAY = MONDAY.plusDays(1);

    /**
     * A second ICS of one trust for disruption tests, apart from the first so that moving its patients
     * changes nothing the other run tests count: an acute site and a CDC with an MRI room each, six
     * half-hour slots every weekday morning of the week, and three patients booked into the acute
     * room's first three slots on Tuesday.
     */
    static synchronized void loadClosingRoom(Jdbi jdbi) {
        if (jdbi.withHandle(h -> h.createQuery("select count(*) from trust where ods_code = 'YT9'")
                        .mapTo(Long.class)
                        .one())
                > 0) {
            return;
        }
        jdbi.useTransaction(h -> {
            h.execute("""
                    insert into ics (code, name) values ('YQ9', 'Closure Test ICS');
                    insert into trust (ods_code, name, ics_code, ris_fhir_base_url) values
                        ('YT9', 'Closure Test NHS Trust', 'YQ9', 'http://ris-yt9.test/fhir');
                    insert into site (ods_code, trust_ods_code, name, kind, postcode, latitude, longitude, step_free_access,
                                      public_transport, parking, sees_children, min_child_age) values
                        ('YT9AA', 'YT9', 'Closure General Hospital', 'ACUTE', 'B15 2TH', 52.4530, -1.9380, true, 'Bus 61', 'Pay and display', true, 0),
                        ('YT9BB', 'YT9', 'Closure Community Diagnostic Centre', 'CDC', 'B73 5AB', 52.5631, -1.8246, true, 'Bus X4', 'Free', false, null);
                    insert into room (id, site_ods_code, name, modality, capabilities) values
                        ('YT9AA-MR1', 'YT9AA', 'MRI 1', 'MR', '{}'),
                        ('YT9BB-MR1', 'YT9BB', 'MRI 1', 'MR', '{}');
                    insert into exam (code, name, modality, required_capabilities, required_skills, contrast, preparation, preparation_welsh)
                    values ('MBRAI', 'MRI brain', 'MR', '{}', '{MR}', false, 'Remove metal.', 'Tynnwch fetel.')
                    on conflict do nothing;
                    insert into exam_duration (exam_code, age_band, minutes) values ('MBRAI', 'ADULT', 30), ('MBRAI', 'CHILD', 30)
                    on conflict do nothing;
                    """);
            for (String room : new String[] {CLOSING_ROOM, "YT9BB-MR1"}) {
                for (int day = 0; day < 5; day++) {
                    session(h, room, MONDAY.plusDays(day));
                }
            }
            List<Long> slots = h.createQuery("""
                            select id from slot where room_id = :room and starts_at >= :from order by starts_at limit 3
                            """)
                    .bind("room", CLOSING_ROOM)
                    .bind("from", utc(London.moment(CLOSING_DAY, LocalTime.MIDNIGHT)))
                    .mapTo(Long.class)
                    .list();
            for (int i = 0; i < slots.size(); i++) {
                long booked = request(
                        h,
                        patient(h, 300 + i),
                        "YT9",
                        London.moment(MONDAY.minusDays(20 + i), LocalTime.of(10, 0)),
                        "APPOINTED");
                h.execute("update slot set status = 'BOOKED' where id = ?", slots.get(i));
                h.execute("""
                        insert into appointment (id, request_id, slot_id, status, booked_at, booked_by)
                        values (gen_random_uuid(), ?, ?, 'BOOKED', now(), 'staff:fixture')
                        """, booked, slots.get(i));
            }
        });
    }

    /**
     * The booking service on the fixture's database. No other booking runs alongside these tests, so
     * holds (Redis's) permit every slot and slot changes are announced to nobody.
     */
    static BookingService bookings(Jdbi jdbi) {
        SlotHolds noHolds = new SlotHolds() {
            @Override
            public HoldOutcome hold(SlotId slot, HoldToken token, Duration ttl) {
                throw new UnsupportedOperationException("the run tests hold no slots");
            }

            @Override
            public void release(SlotId slot, HoldToken token) {}

            @Override
            public boolean permits(SlotId slot, Optional<HoldToken> token) {
                return true;
            }
        };
        SlotChangeNotifier nobody = new SlotChangeNotifier() {
            @Override
            public void released(SlotReleased event) {}

            @Override
            public void booked(SlotBooked event) {}

            @Override
            public void blocked(SlotsBlocked event) {}
        };
        return new BookingService(new JdbiBookingStore(jdbi), noHolds, nobody, CLOCK);
    }

    private static void session(Handle h, String room, LocalDate day) {
        Instant start = London.moment(day, LocalTime.of(9, 0));
        long session = h.createUpdate("""
                        insert into session (room_id, clinic_date, starts_at, ends_at, session_type, allowed_exams)
                        values (:room, :day, :start, :end, 'MR_GENERAL', '{MBRAI}')
                        """)
                .bind("room", room)
                .bind("day", day)
                .bind("start", utc(start))
                .bind("end", utc(start.plusSeconds(3 * 3600)))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        for (int i = 0; i < 6; i++) {
            Instant slotStart = start.plusSeconds(1800L * i);
            h.createUpdate(
                            "insert into slot (session_id, room_id, starts_at, ends_at) values (:session, :room, :start, :end)")
                    .bind("session", session)
                    .bind("room", room)
                    .bind("start", utc(slotStart))
                    .bind("end", utc(slotStart.plusSeconds(1800)))
                    .execute();
        }
    }

    private static long patient(Handle h, int i) {
        return h.createUpdate("""
                        insert into patient (nhs_number, given_name, family_name, date_of_birth, postcode, contact_preference, language)
                        values (:nhs, 'Pat', :family, :dob, :postcode, 'LETTER', 'EN')
                        """)
                .bind("nhs", nhsNumber(i))
                .bind("family", "Fixture" + i)
                .bind("dob", LocalDate.of(1960 + i % 30, 1 + i % 12, 1 + i % 28))
                .bind("postcode", i % 3 == 0 ? "B73 6QQ" : "B15 3AA")
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    private static long request(Handle h, long patient, String trust, Instant received, String state) {
        return h.createUpdate("""
                        insert into request (patient_id, exam_code, priority, referring_trust, referring_clinician, received_at,
                                             breach_date, state)
                        values (:patient, 'MBRAI', 'ROUTINE', :trust, 'Dr Test', :received, :breach, :state)
                        """)
                .bind("patient", patient)
                .bind("trust", trust)
                .bind("received", utc(received))
                .bind("breach", London.clinicDay(received).plusWeeks(6))
                .bind("state", state)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    private static String nhsNumber(int i) {
        for (int n = i * 10; ; n++) {
            String nine = String.format("98%07d", n);
            int check = NhsNumber.checkDigitFor(nine);
            if (check >= 0) {
                return nine + check;
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
