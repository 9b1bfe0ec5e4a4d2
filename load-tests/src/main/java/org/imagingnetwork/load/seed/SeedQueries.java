package org.imagingnetwork.load.seed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * What the seeding reads to choose its users. It only reads: every change it makes (links, releases,
 * offers) goes through the apps' own code.
 */
final class SeedQueries {

    /** A patient who can sign in by link, with the one referral they will book. */
    record Patient(long patientId, long requestId, LocalDate dateOfBirth, String postcode, String nhsNumber) {}

    /** A booked appointment whose cancellation frees a slot for the storm. */
    record Booked(UUID appointmentId, long patientId, long slotId) {}

    /** A free slot and the site it is at. */
    record FreeSlot(long slotId, String siteCode) {}

    /** A waiting patient the NHS App books for, and the exam whose free slots it searches. */
    record ChannelPatient(long requestId, String nhsNumber, String exam) {}

    /** A booked appointment and the trust whose RIS reports on it: the trust of its site. */
    record Reportable(UUID appointmentId, String trust) {}

    /** The exams a released session with a free slot from {@code :from} runs. */
    private static final String OPEN_EXAMS = """
            with open_exams as (
                select distinct unnest(se.allowed_exams) as exam_code
                from session se
                where se.status = 'RELEASED'
                  and exists (select 1 from slot s where s.session_id = se.id and s.status = 'FREE'
                              and s.starts_at > :from)
            )
            """;

    private final Jdbi jdbi;

    SeedQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Adults with one referral waiting and nothing else open, that any site may do, with no
     * sedation or anaesthetic, for an exam with free time from two days ahead, who did not ask to be
     * offered short-notice slots (so no released-slot offer reaches them mid-journey): each can sign in,
     * search, choose and book as any patient would. Spread over exams and sites by a hash of the id,
     * the same on every run over the same network.
     */
    List<Patient> bookablePatients(int count, Instant now) {
        return jdbi.withHandle(h -> h.createQuery(OPEN_EXAMS + """
                        select p.id as patient_id, r.id as request_id, p.date_of_birth, p.postcode, p.nhs_number
                        from request r join patient p on p.id = r.patient_id
                        join open_exams o on o.exam_code = r.exam_code
                        where r.state = 'WAITING'
                          and extract(year from age(p.date_of_birth)) >= 18
                          and cardinality(r.acceptable_sites) = 0
                          and not r.needs_sedation and not r.needs_general_anaesthetic
                          and not r.short_notice
                          and not exists (select 1 from request other where other.patient_id = p.id and other.id <> r.id
                                          and other.state in ('RECEIVED', 'VETTED', 'WAITING', 'APPOINTED'))
                          and not exists (select 1 from offer f where f.request_id = r.id and f.status = 'OPEN')
                        order by md5(r.id::text)
                        limit :count
                        """)
                .bind("from", utc(now.plus(Duration.ofDays(2))))
                .bind("count", count)
                .map((rs, ctx) -> patient(rs))
                .list());
    }

    /**
     * Adults waiting for an exam with free time from two days ahead, whom any slot of that exam's
     * sessions suits as the booking's rules judge it (no site or distance limit, no sedation, no
     * anaesthetic, no weight for the table), with no open offer and no sign-in link (so no patient of
     * scenario 1 or 2 is one of them): the NHS App can book each into a slot its search found. In an
     * order of their own, the same on every run over the same network.
     */
    List<ChannelPatient> channelPatients(int count, Instant now) {
        return jdbi.withHandle(h -> h.createQuery(OPEN_EXAMS + """
                        select r.id as request_id, p.nhs_number, r.exam_code
                        from request r join patient p on p.id = r.patient_id
                        join open_exams o on o.exam_code = r.exam_code
                        where r.state = 'WAITING'
                          and extract(year from age(p.date_of_birth)) >= 18
                          and cardinality(r.acceptable_sites) = 0 and r.max_travel_km is null
                          and not r.needs_sedation and not r.needs_general_anaesthetic
                          and r.weight_kg is null
                          and not exists (select 1 from offer f where f.request_id = r.id and f.status = 'OPEN')
                          and not exists (select 1 from sign_in_link l where l.patient_id = p.id)
                        order by md5(r.id::text || ':channel')
                        limit :count
                        """)
                .bind("from", utc(now.plus(Duration.ofDays(2))))
                .bind("count", count)
                .map((rs, ctx) -> new ChannelPatient(
                        rs.getLong("request_id"), rs.getString("nhs_number"), rs.getString("exam_code")))
                .list());
    }

    /**
     * Booked appointments of requests waiting for them, earliest first (the first the trusts' RIS
     * would see patients arrive for), with the trust of the site they are at.
     */
    List<Reportable> appointmentsToReport(int count) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select a.id, si.trust_ods_code
                        from appointment a join request r on r.id = a.request_id
                        join slot s on s.id = a.slot_id join room ro on ro.id = s.room_id
                        join site si on si.ods_code = ro.site_ods_code
                        where a.status = 'BOOKED' and r.state = 'APPOINTED'
                        order by s.starts_at, a.id
                        limit :count
                        """)
                .bind("count", count)
                .map((rs, ctx) -> new Reportable(rs.getObject("id", UUID.class), rs.getString("trust_ods_code")))
                .list());
    }

    /** The first day of the diary: the weeks staff look at start from its Monday. */
    LocalDate diaryStart() {
        return jdbi.withHandle(h -> h.createQuery("select min(clinic_date) from session")
                .mapTo(LocalDate.class)
                .one());
    }

    /**
     * Booked ultrasound and X-ray appointments from four to eleven days ahead: the modalities with
     * the most patients waiting who can come at short notice, and far enough ahead for most of them.
     */
    List<Booked> appointmentsToRelease(int count, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select a.id, r.patient_id, s.id as slot_id
                        from appointment a join request r on r.id = a.request_id join slot s on s.id = a.slot_id
                        join session se on se.id = s.session_id join room ro on ro.id = s.room_id
                        where a.status = 'BOOKED' and se.status = 'RELEASED'
                          and s.starts_at between :from and :until
                          and ro.modality in ('US', 'XR')
                        order by md5(a.id::text)
                        limit :count
                        """)
                .bind("from", utc(now.plus(Duration.ofDays(4))))
                .bind("until", utc(now.plus(Duration.ofDays(11))))
                .bind("count", count)
                .map((rs, ctx) ->
                        new Booked(rs.getObject("id", UUID.class), rs.getLong("patient_id"), rs.getLong("slot_id")))
                .list());
    }

    /** The slot and its site. */
    FreeSlot slot(long slotId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select s.id, ro.site_ods_code from slot s join room ro on ro.id = s.room_id where s.id = :slot
                        """)
                .bind("slot", slotId)
                .map((rs, ctx) -> new FreeSlot(rs.getLong("id"), rs.getString("site_ods_code")))
                .one());
    }

    /**
     * Adults waiting for an exam the slot's session runs, with no limit on site or distance (so the
     * booking's rules can only turn them down for the slot being taken), and to whom no sign-in link
     * was issued (so no patient of scenario 1 is one of them), in a per-slot order.
     */
    List<Patient> waitingFor(long slotId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select p.id as patient_id, r.id as request_id, p.date_of_birth, p.postcode, p.nhs_number
                        from slot s join session se on se.id = s.session_id
                        join request r on r.exam_code = any(se.allowed_exams)
                        join patient p on p.id = r.patient_id
                        where s.id = :slot and r.state = 'WAITING'
                          and cardinality(r.acceptable_sites) = 0 and r.max_travel_km is null
                          and not r.needs_sedation and not r.needs_general_anaesthetic
                          and extract(year from age(p.date_of_birth)) >= 18
                          and not exists (select 1 from sign_in_link l where l.patient_id = p.id)
                        order by md5(r.id::text || ':' || s.id::text)
                        limit :limit
                        """)
                .bind("slot", slotId)
                .bind("limit", limit)
                .map((rs, ctx) -> patient(rs))
                .list());
    }

    /** A patient by id, for signing in. */
    Patient patient(long patientId, long requestId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select id as patient_id, date_of_birth, postcode, nhs_number from patient where id = :id
                        """)
                .bind("id", patientId)
                .map((rs, ctx) -> new Patient(
                        rs.getLong("patient_id"),
                        requestId,
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getString("postcode"),
                        rs.getString("nhs_number")))
                .one());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Patient patient(ResultSet rs) throws SQLException {
        return new Patient(
                rs.getLong("patient_id"),
                rs.getLong("request_id"),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("postcode"),
                rs.getString("nhs_number"));
    }
}
