package org.imagingnetwork.portal.support;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.time.London;
import org.jdbi.v3.core.Jdbi;

/**
 * A small network for the portal's tests: three sites of two trusts around Birmingham and
 * Worcester, MRI, CT and X-ray rooms, three weeks of morning and evening sessions from tomorrow,
 * and patients and referrals made to order. Codes start with ZP so they never clash with other
 * fixtures or the demo network.
 */
public final class PortalFixture {

    public static final String GENERAL = "ZP1AA";
    public static final String CDC = "ZP1CD";
    public static final String ROYAL = "ZP2AA";
    public static final String MRI_BRAIN = "ZPMRBRAIN";
    public static final String CT_CAP = "ZPCTCAP";
    public static final String CHEST_XRAY = "ZPXCHEST";

    private static final AtomicLong NEXT_NHS = new AtomicLong(System.nanoTime() % 100_000_000L);

    private final Jdbi jdbi;

    public PortalFixture(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public record Patient(long id, String nhsNumber, LocalDate dateOfBirth, String postcode) {}

    /** Loads the network and its diary once per database. */
    public void loadNetwork(LocalDate firstDay, int days) {
        boolean loaded = jdbi.withHandle(h -> h.createQuery("select count(*) from site where ods_code = :c")
                        .bind("c", GENERAL)
                        .mapTo(Integer.class)
                        .one())
                > 0;
        if (loaded) {
            return;
        }
        jdbi.useTransaction(h -> h.createScript("""
                insert into ics (code, name) values ('ZQ9', 'Portal Test ICS');
                insert into trust (ods_code, name, ics_code, ris_fhir_base_url) values
                    ('ZP1', 'Portal North NHS Trust', 'ZQ9', 'http://ris-zp1.test/fhir'),
                    ('ZP2', 'Portal South NHS Trust', 'ZQ9', 'http://ris-zp2.test/fhir');
                insert into site (ods_code, trust_ods_code, name, kind, postcode, latitude, longitude, step_free_access,
                                  public_transport, parking, sees_children, min_child_age) values
                    ('ZP1AA', 'ZP1', 'Portal General Hospital', 'ACUTE', 'B15 2TH', 52.453, -1.938, true,
                     'Buses 61 and 63 stop at the main entrance', 'Pay and display, 400 spaces', true, 0),
                    ('ZP1CD', 'ZP1', 'Portal Community Diagnostic Centre', 'CDC', 'B70 9PL', 52.519, -1.995, true,
                     'Five minutes walk from West Bromwich bus station', 'Free, 80 spaces', false, null),
                    ('ZP2AA', 'ZP2', 'Portal Royal Infirmary', 'ACUTE', 'WR5 1DD', 52.190, -2.180, false,
                     'Train to Worcester Shrub Hill, then bus 31', 'Pay on exit', true, 5);
                insert into room (id, site_ods_code, name, modality, capabilities, max_patient_weight_kg) values
                    ('ZP1AA-MR1', 'ZP1AA', 'MRI 1', 'MR', '{TESLA_3,PAEDIATRIC_KIT}', null),
                    ('ZP1CD-MR1', 'ZP1CD', 'MRI A', 'MR', '{}', null),
                    ('ZP2AA-MR1', 'ZP2AA', 'MRI Suite', 'MR', '{}', null),
                    ('ZP1AA-CT1', 'ZP1AA', 'CT 1', 'CT', '{CONTRAST_INJECTOR}', 250),
                    ('ZP2AA-XR1', 'ZP2AA', 'X-ray A', 'XR', '{}', null);
                insert into exam (code, name, name_welsh, modality, required_capabilities, required_skills, contrast,
                                  preparation, preparation_welsh) values
                    ('ZPMRBRAIN', 'MRI head', 'Sgan MRI o’r pen', 'MR', '{}', '{MR}', false,
                     'Take off all metal, such as jewellery and hair clips, before your scan.',
                     'Tynnwch bob metel, fel gemwaith a chlipiau gwallt, cyn eich sgan.'),
                    ('ZPCTCAP', 'CT chest, abdomen and pelvis', 'Sgan CT o’r frest, yr abdomen a’r pelfis', 'CT',
                     '{CONTRAST_INJECTOR}', '{CT}', true,
                     'Do not eat for 4 hours before your scan. You can drink water.',
                     'Peidiwch â bwyta am 4 awr cyn eich sgan. Gallwch yfed dŵr.'),
                    ('ZPXCHEST', 'Chest X-ray', 'Pelydr-X o’r frest', 'XR', '{}', '{XR}', false,
                     'You do not need to prepare.', 'Nid oes angen i chi baratoi.');
                insert into exam_duration (exam_code, age_band, minutes) values
                    ('ZPMRBRAIN', 'ADULT', 30), ('ZPMRBRAIN', 'CHILD', 30), ('ZPMRBRAIN', 'INFANT', 30),
                    ('ZPCTCAP', 'ADULT', 30), ('ZPXCHEST', 'ADULT', 10);
                """).execute());
        List<Object[]> rooms = List.of(
                new Object[] {"ZP1AA-MR1", MRI_BRAIN},
                new Object[] {"ZP1CD-MR1", MRI_BRAIN},
                new Object[] {"ZP2AA-MR1", MRI_BRAIN},
                new Object[] {"ZP1AA-CT1", CT_CAP},
                new Object[] {"ZP2AA-XR1", CHEST_XRAY});
        jdbi.useTransaction(h -> {
            for (int d = 0; d < days; d++) {
                LocalDate day = firstDay.plusDays(d);
                boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
                for (Object[] room : rooms) {
                    // The CDC opens at weekends; the hospitals run evening lists on weekdays.
                    boolean cdc = ((String) room[0]).startsWith(CDC);
                    if (weekend && !cdc) {
                        continue;
                    }
                    session(h, (String) room[0], (String) room[1], day, LocalTime.of(9, 0), LocalTime.of(12, 0));
                    if (!weekend) {
                        session(h, (String) room[0], (String) room[1], day, LocalTime.of(17, 0), LocalTime.of(19, 0));
                    }
                }
            }
        });
    }

    private static void session(
            org.jdbi.v3.core.Handle h, String room, String exam, LocalDate day, LocalTime from, LocalTime to) {
        Instant start = London.moment(day, from);
        Instant end = London.moment(day, to);
        long session = h.createQuery("""
                        insert into session (room_id, clinic_date, starts_at, ends_at, session_type, allowed_exams, status)
                        values (:room, :day, :start, :end, 'General', array[cast(:exam as text)], 'RELEASED')
                        returning id
                        """)
                .bind("room", room)
                .bind("day", day)
                .bind("start", utc(start))
                .bind("end", utc(end))
                .bind("exam", exam)
                .mapTo(Long.class)
                .one();
        for (Instant slot = start; slot.isBefore(end); slot = slot.plusSeconds(1800)) {
            h.createUpdate("""
                            insert into slot (session_id, room_id, starts_at, ends_at, status)
                            values (:session, :room, :start, :end, 'FREE')
                            """)
                    .bind("session", session)
                    .bind("room", room)
                    .bind("start", utc(slot))
                    .bind("end", utc(slot.plusSeconds(1800)))
                    .execute();
        }
    }

    /** A new patient with a unique NHS number, who prefers texts in this language. */
    public Patient patient(String givenName, LocalDate dateOfBirth, String postcode, String language) {
        String nhs = nextNhsNumber();
        long id = jdbi.withHandle(h -> h.createQuery("""
                        insert into patient (nhs_number, given_name, family_name, date_of_birth, postcode, phone,
                                             contact_preference, language)
                        values (:nhs, :given, 'Tester', :dob, :postcode, '07700900123', 'SMS', :language)
                        returning id
                        """)
                .bind("nhs", nhs)
                .bind("given", givenName)
                .bind("dob", dateOfBirth)
                .bind("postcode", postcode)
                .bind("language", language)
                .mapTo(Long.class)
                .one());
        return new Patient(id, nhs, dateOfBirth, postcode);
    }

    public Patient adult() {
        return patient("Sam", LocalDate.of(1980, 3, 15), "B15 2TT", "EN");
    }

    /** A referral already vetted and on the waiting list (appointable). */
    public long waitingRequest(Patient patient, String exam) {
        return jdbi.withHandle(h -> h.createQuery("""
                        insert into request (patient_id, exam_code, priority, referring_trust, referring_clinician,
                                             received_at, breach_date, state)
                        values (:patient, :exam, 'ROUTINE', 'ZP1', 'Dr Amara Singh', now() - interval '10 days',
                                current_date + 32, 'WAITING')
                        returning id
                        """)
                .bind("patient", patient.id())
                .bind("exam", exam)
                .mapTo(Long.class)
                .one());
    }

    /** The patient can come at this much notice for a released slot. */
    public void shortNotice(long requestId, int hours) {
        jdbi.useHandle(
                h -> h.createUpdate("update request set short_notice = true, short_notice_hours = :h where id = :id")
                        .bind("h", hours)
                        .bind("id", requestId)
                        .execute());
    }

    /** The referral may be booked only at this site. */
    public void onlyAt(long requestId, String site) {
        jdbi.useHandle(
                h -> h.createUpdate("update request set acceptable_sites = array[cast(:site as text)] where id = :id")
                        .bind("site", site)
                        .bind("id", requestId)
                        .execute());
    }

    public void priority(long requestId, String priority, int daysWaiting) {
        jdbi.useHandle(h -> h.createUpdate(
                        "update request set priority = :p, received_at = now() - make_interval(days => :d) where id = :id")
                .bind("p", priority)
                .bind("d", daysWaiting)
                .bind("id", requestId)
                .execute());
    }

    /** A free slot of this room at least this many hours ahead. */
    public long freeSlot(String room, java.time.Duration ahead) {
        return jdbi.withHandle(h -> h.createQuery("select id from slot where room_id = :room and status = 'FREE'"
                        + " and starts_at > now() + make_interval(hours => :hours) order by starts_at limit 1")
                .bind("room", room)
                .bind("hours", (int) ahead.toHours())
                .mapTo(Long.class)
                .one());
    }

    /** Records a free slot as released, as core does on a cancellation, but without telling anyone. */
    public long releaseQuietly(long slot) {
        return jdbi.withHandle(h -> h.createQuery(
                        "insert into slot_release (slot_id, released_at, reason) values (:slot, now(), 'test') returning id")
                .bind("slot", slot)
                .mapTo(Long.class)
                .one());
    }

    public List<java.util.Map<String, Object>> offersOf(long slot) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select id, request_id, status, offered_at, expires_at from offer where slot_id = :slot"
                                + " order by offered_at, request_id")
                .bind("slot", slot)
                .mapToMap()
                .list());
    }

    public int liveAppointmentsOnSlot(long slot) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select count(*) from appointment where slot_id = :slot and status in ('BOOKED', 'ARRIVED', 'FULFILLED')")
                .bind("slot", slot)
                .mapTo(Integer.class)
                .one());
    }

    /** The exam a slot's session runs. */
    public java.util.Optional<String> freeSlotExam(long slot) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select se.allowed_exams[1] from slot s join session se on se.id = s.session_id where s.id = :slot")
                .bind("slot", slot)
                .mapTo(String.class)
                .findOne());
    }

    public String slotStatus(long slot) {
        return jdbi.withHandle(h -> h.createQuery("select status from slot where id = :id")
                .bind("id", slot)
                .mapTo(String.class)
                .one());
    }

    public int liveAppointments(long requestId) {
        return jdbi.withHandle(h ->
                h.createQuery("""
                        select count(*) from appointment where request_id = :id and status in ('BOOKED', 'ARRIVED', 'FULFILLED')
                        """).bind("id", requestId).mapTo(Integer.class).one());
    }

    public String requestState(long requestId) {
        return jdbi.withHandle(h -> h.createQuery("select state from request where id = :id")
                .bind("id", requestId)
                .mapTo(String.class)
                .one());
    }

    static String nextNhsNumber() {
        while (true) {
            String nine = String.format("%09d", Math.floorMod(NEXT_NHS.incrementAndGet() * 7919L, 1_000_000_000L));
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
