package org.imagingnetwork.fhir.support;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.time.London;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A network for sync tests: trusts whose RIS is at given URLs, one X-ray room per trust with a
 * released session of free slots from tomorrow, and patients with requests on the waiting list.
 * Codes carry a prefix per test class, so classes sharing the run's database never meet.
 */
public final class SyncNetwork {

    public static final String EXAM = "ZFXCHEST";
    private static final AtomicInteger NHS_SEQUENCE = new AtomicInteger(1_000);

    private final Jdbi jdbi;
    private final Map<String, List<SlotId>> slotsByTrust;

    private SyncNetwork(Jdbi jdbi, Map<String, List<SlotId>> slotsByTrust) {
        this.jdbi = jdbi;
        this.slotsByTrust = slotsByTrust;
    }

    /** Trusts (ODS code → RIS base URL), each with {@code slotsPerTrust} 15-minute slots. */
    public static SyncNetwork create(Jdbi jdbi, Map<String, URI> risByTrust, int slotsPerTrust) {
        Map<String, List<SlotId>> slots = new java.util.LinkedHashMap<>();
        jdbi.useTransaction(h -> {
            h.execute("insert into ics (code, name) values ('ZFQ', 'Sync Test ICS') on conflict do nothing");
            h.execute("""
                    insert into exam (code, name, modality, required_capabilities, required_skills, contrast, preparation,
                                      preparation_welsh)
                    values (?, 'X-ray chest', 'XR', '{}', '{}', false, 'No preparation needed.', 'Nid oes angen paratoi.')
                    on conflict do nothing""", EXAM);
            h.execute("insert into exam_duration values (?, 'ADULT', 10) on conflict do nothing", EXAM);
            for (Map.Entry<String, URI> trust : risByTrust.entrySet()) {
                slots.put(trust.getKey(), diary(h, trust.getKey(), trust.getValue(), slotsPerTrust));
            }
        });
        return new SyncNetwork(jdbi, slots);
    }

    private static List<SlotId> diary(Handle h, String trust, URI ris, int slotCount) {
        String site = trust + "S";
        String room = site + "-XR1";
        h.execute("insert into trust values (?, ?, 'ZFQ', ?)", trust, "Sync Test Trust " + trust, ris.toString());
        h.execute("""
                insert into site (ods_code, trust_ods_code, name, kind, postcode, latitude, longitude, step_free_access,
                                  public_transport, parking, sees_children, min_child_age)
                values (?, ?, ?, 'CDC', 'B15 2TH', 52.45, -1.94, true, 'Bus 61', 'Free', false, null)""", site, trust, "Sync Test CDC " + trust);
        h.execute("insert into room (id, site_ods_code, name, modality) values (?, ?, 'X-ray 1', 'XR')", room, site);
        List<SlotId> ids = new ArrayList<>();
        LocalDate day = London.clinicDay(Instant.now()).plusDays(1);
        int perSession = 32;
        for (int first = 0; first < slotCount; first += perSession, day = day.plusDays(1)) {
            Instant start = London.moment(day, java.time.LocalTime.of(8, 0));
            int count = Math.min(perSession, slotCount - first);
            Instant end = start.plus(Duration.ofMinutes(15L * count));
            long session = h.createQuery("""
                            insert into session (room_id, clinic_date, starts_at, ends_at, session_type, allowed_exams)
                            values (:room, :day, :start, :end, 'General X-ray', array[:exam])
                            returning id""")
                    .bind("room", room)
                    .bind("day", day)
                    .bind("start", utc(start))
                    .bind("end", utc(end))
                    .bind("exam", EXAM)
                    .mapTo(Long.class)
                    .one();
            for (int i = 0; i < count; i++) {
                Instant slotStart = start.plus(Duration.ofMinutes(15L * i));
                ids.add(new SlotId(h.createQuery("""
                                insert into slot (session_id, room_id, starts_at, ends_at)
                                values (:session, :room, :start, :end) returning id""")
                        .bind("session", session)
                        .bind("room", room)
                        .bind("start", utc(slotStart))
                        .bind("end", utc(slotStart.plus(Duration.ofMinutes(15))))
                        .mapTo(Long.class)
                        .one()));
            }
        }
        return ids;
    }

    public List<SlotId> slots(String trust) {
        return slotsByTrust.get(trust);
    }

    /** Patients with one request each, already vetted and on the waiting list at this trust. */
    public List<RequestId> waitingRequests(String trust, int count) {
        return requests(trust, count, "WAITING");
    }

    /** Patients with one referral each from this trust, waiting to be vetted. */
    public List<RequestId> receivedRequests(String trust, int count) {
        return requests(trust, count, "RECEIVED");
    }

    private List<RequestId> requests(String trust, int count, String state) {
        return jdbi.inTransaction(h -> {
            List<RequestId> ids = new ArrayList<>();
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            for (int i = 0; i < count; i++) {
                long patient = h.createQuery("""
                                insert into patient (nhs_number, given_name, family_name, date_of_birth, postcode,
                                                     contact_preference, language)
                                values (:nhs, 'Test', 'Patient', date '1970-01-01', 'B15 2TH', 'LETTER', 'EN')
                                returning id""")
                        .bind("nhs", nextNhsNumber().value())
                        .mapTo(Long.class)
                        .one();
                ids.add(new RequestId(h.createQuery("""
                                insert into request (patient_id, exam_code, priority, referring_trust, referring_clinician,
                                                     received_at, breach_date, state)
                                values (:patient, :exam, 'ROUTINE', :trust, 'Dr Test', :now, :breach, :state)
                                returning id""")
                        .bind("patient", patient)
                        .bind("state", state)
                        .bind("exam", EXAM)
                        .bind("trust", trust)
                        .bind("now", utc(now))
                        .bind("breach", London.clinicDay(now).plusWeeks(6))
                        .mapTo(Long.class)
                        .one()));
            }
            return ids;
        });
    }

    /** The NHS number of a request's patient. */
    public String nhsNumberOf(RequestId request) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select p.nhs_number from request r join patient p on p.id = r.patient_id where r.id = :id")
                .bind("id", request.value())
                .mapTo(String.class)
                .one());
    }

    /** A registered patient with no request yet, as a referral would find them. */
    public NhsNumber patient() {
        NhsNumber nhs = nextNhsNumber();
        jdbi.useHandle(h -> h.execute("""
                insert into patient (nhs_number, given_name, family_name, date_of_birth, postcode, contact_preference, language)
                values (?, 'Test', 'Patient', date '1970-01-01', 'B15 2TH', 'LETTER', 'EN')""", nhs.value()));
        return nhs;
    }

    /** A valid NHS number not used before in this run: nine digits from a counter and their check digit. */
    public static NhsNumber nextNhsNumber() {
        while (true) {
            String nine = "9" + String.format("%08d", NHS_SEQUENCE.incrementAndGet());
            int check = NhsNumber.checkDigitFor(nine);
            if (check >= 0) {
                return new NhsNumber(nine + check);
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
