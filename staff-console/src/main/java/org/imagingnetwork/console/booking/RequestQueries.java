package org.imagingnetwork.console.booking;

import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.console.access.Scope;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;
import org.jdbi.v3.core.Jdbi;

/**
 * The request page's SQL. A request is visible to a scope that holds its referring trust or the
 * trust of the site of its live appointment — the waiting list's rule — and to no one else.
 */
@Singleton
class RequestQueries {

    private final Jdbi jdbi;

    RequestQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Optional<RequestRecord> find(Scope scope, RequestId id, Instant now, Map<String, String> siteNames) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select r.id, r.patient_id, p.nhs_number, p.given_name || ' ' || p.family_name as patient_name,
                               p.date_of_birth, p.postcode, p.contact_preference, p.phone, p.email, p.language,
                               p.accessibility_needs, r.exam_code, e.name as exam_name, e.modality, r.priority, r.state,
                               r.referring_trust, r.referring_clinician, r.received_at, r.breach_date,
                               r.acceptable_sites, r.max_travel_km, r.short_notice_hours, r.needs_sedation,
                               r.needs_general_anaesthetic, r.weight_kg, r.claustrophobic, r.needs_contrast, r.protocol
                        from request r
                        join patient p on p.id = r.patient_id
                        join exam e on e.code = r.exam_code
                        where r.id = :id
                          and (r.referring_trust = any(:scope) or exists (
                                select 1 from appointment a
                                join slot s on s.id = a.slot_id
                                join room ro on ro.id = s.room_id
                                join site si on si.ods_code = ro.site_ods_code
                                where a.request_id = r.id and a.status in ('BOOKED', 'ARRIVED', 'FULFILLED')
                                  and si.trust_ods_code = any(:scope)))
                        """)
                .bind("id", id.value())
                .bindArray("scope", String.class, List.of(scope.trustArray()))
                .map((rs, ctx) -> record(rs, now, siteNames))
                .findOne());
    }

    List<RequestRecord.Event> events(RequestId id) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select occurred_at, actor, from_state, to_state, reason
                        from request_event where request_id = :id order by occurred_at, id
                        """)
                .bind("id", id.value())
                .map((rs, ctx) -> new RequestRecord.Event(
                        instant(rs, "occurred_at"),
                        rs.getString("actor"),
                        rs.getString("from_state"),
                        rs.getString("to_state"),
                        rs.getString("reason")))
                .list());
    }

    List<RequestRecord.Appointment> appointments(RequestId id) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select a.id, s.starts_at, si.ods_code, si.name as site_name, ro.name as room_name, a.status,
                               a.booked_at, a.booked_by, a.end_reason
                        from appointment a
                        join slot s on s.id = a.slot_id
                        join room ro on ro.id = s.room_id
                        join site si on si.ods_code = ro.site_ods_code
                        where a.request_id = :id
                        order by a.booked_at desc
                        """)
                .bind("id", id.value())
                .map((rs, ctx) -> new RequestRecord.Appointment(
                        rs.getString("id"),
                        instant(rs, "starts_at"),
                        rs.getString("ods_code"),
                        rs.getString("site_name"),
                        rs.getString("room_name"),
                        rs.getString("status"),
                        instant(rs, "booked_at"),
                        rs.getString("booked_by"),
                        rs.getString("end_reason")))
                .list());
    }

    Optional<SlotPlace> slot(long id) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select s.id, s.starts_at, s.ends_at, s.status, si.ods_code, si.name as site_name, ro.name as room_name
                        from slot s
                        join room ro on ro.id = s.room_id
                        join site si on si.ods_code = ro.site_ods_code
                        where s.id = :id
                        """)
                .bind("id", id)
                .map((rs, ctx) -> new SlotPlace(
                        new SlotId(rs.getLong("id")),
                        instant(rs, "starts_at"),
                        instant(rs, "ends_at"),
                        "FREE".equals(rs.getString("status")),
                        rs.getString("ods_code"),
                        rs.getString("site_name"),
                        rs.getString("room_name")))
                .findOne());
    }

    private static RequestRecord record(ResultSet rs, Instant now, Map<String, String> siteNames) throws SQLException {
        Instant received = instant(rs, "received_at");
        return new RequestRecord(
                new RequestId(rs.getLong("id")),
                new RequestRecord.Patient(
                        new PatientId(rs.getLong("patient_id")),
                        rs.getString("nhs_number"),
                        rs.getString("patient_name"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getString("postcode"),
                        rs.getString("contact_preference"),
                        rs.getString("phone"),
                        rs.getString("email"),
                        rs.getString("language"),
                        strings(rs.getArray("accessibility_needs"))),
                rs.getString("exam_code"),
                rs.getString("exam_name"),
                rs.getString("modality"),
                rs.getString("priority"),
                RequestState.valueOf(rs.getString("state")),
                rs.getString("referring_trust"),
                rs.getString("referring_clinician"),
                received,
                rs.getObject("breach_date", LocalDate.class),
                (int) (Duration.between(received, now).toDays() / 7),
                strings(rs.getArray("acceptable_sites")).stream()
                        .map(code -> siteNames.getOrDefault(code, code))
                        .toList(),
                rs.getObject("max_travel_km", Integer.class),
                rs.getObject("short_notice_hours", Integer.class),
                new RequestRecord.ClinicalNeeds(
                        rs.getBoolean("needs_sedation"),
                        rs.getBoolean("needs_general_anaesthetic"),
                        rs.getObject("weight_kg", Integer.class),
                        rs.getBoolean("claustrophobic"),
                        rs.getBoolean("needs_contrast"),
                        rs.getString("protocol")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
