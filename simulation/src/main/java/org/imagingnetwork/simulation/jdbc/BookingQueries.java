package org.imagingnetwork.simulation.jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.simulation.booking.FreeSlot;
import org.imagingnetwork.simulation.booking.WaitingRequest;
import org.jdbi.v3.core.Jdbi;

/** What the simulated patients and clerks look at before they book: free slots and the waiting list. */
public final class BookingQueries {

    private final Jdbi jdbi;

    public BookingQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Free slots of released sessions starting at or after {@code from}, earliest first. */
    public List<FreeSlot> freeSlotsFrom(Instant from) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select s.id, ro.site_ods_code, si.trust_ods_code, s.starts_at,
                               (extract(epoch from s.ends_at - s.starts_at) / 60)::int as minutes,
                               se.allowed_exams, ro.capabilities, coalesce(ro.max_patient_weight_kg, 150) as max_weight,
                               si.min_child_age, si.latitude, si.longitude
                        from slot s join session se on se.id = s.session_id
                        join room ro on ro.id = s.room_id join site si on si.ods_code = ro.site_ods_code
                        where s.status = 'FREE' and se.status = 'RELEASED' and s.starts_at >= :from
                        order by s.starts_at, s.id
                        """)
                .bind("from", utc(from))
                .map((rs, ctx) -> new FreeSlot(
                        new SlotId(rs.getLong("id")),
                        rs.getString("site_ods_code"),
                        rs.getString("trust_ods_code"),
                        instant(rs, "starts_at"),
                        rs.getInt("minutes"),
                        texts(rs.getArray("allowed_exams")),
                        texts(rs.getArray("capabilities")),
                        rs.getInt("max_weight"),
                        optionalInt(rs, "min_child_age"),
                        new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude"))))
                .list());
    }

    /**
     * Requests on the waiting list (WAITING: appointable, no appointment), oldest referral first. Home
     * is the centre of the patient's postcode district, or of their postcode area, as "choose where"
     * measures distance.
     */
    public List<WaitingRequest> waiting(Instant now) {
        return listed(now, "r.state = 'WAITING'", null);
    }

    /** The same view of the given requests, whatever their state: for moving a booked patient. */
    public List<WaitingRequest> requests(Instant now, List<RequestId> ids) {
        return listed(
                now,
                "r.id = any(:ids)",
                ids.stream().mapToLong(RequestId::value).toArray());
    }

    private List<WaitingRequest> listed(Instant now, String which, long[] ids) {
        LocalDate today = London.clinicDay(now);
        return jdbi.withHandle(h -> {
            var query = h.createQuery("""
                        with listed as (
                            select r.*, extract(year from age(:today, p.date_of_birth))::int as age, p.postcode
                            from request r join patient p on p.id = r.patient_id
                            where <which>
                        )
                        select l.id, l.patient_id, l.exam_code, l.priority, l.due_date, l.received_at, l.referring_trust, l.age,
                               l.needs_general_anaesthetic, l.weight_kg, l.acceptable_sites, l.max_travel_km,
                               e.required_capabilities,
                               coalesce(
                                   (select d.minutes from exam_duration d where d.exam_code = l.exam_code and d.age_band =
                                       case when l.age < 5 then 'INFANT' when l.age < 18 then 'CHILD' else 'ADULT' end),
                                   (select d.minutes from exam_duration d where d.exam_code = l.exam_code and d.age_band = 'ADULT')) as minutes,
                               home.latitude, home.longitude
                        from listed l join exam e on e.code = l.exam_code
                        left join lateral (
                            select d.latitude, d.longitude from postcode_district d
                            where d.outward in (split_part(l.postcode, ' ', 1),
                                                regexp_replace(split_part(l.postcode, ' ', 1), '[0-9].*$', ''))
                            order by length(d.outward) desc
                            limit 1
                        ) home on true
                        order by l.received_at, l.id
                        """).define("which", which).bind("today", today);
            if (ids != null) {
                query.bind("ids", ids);
            }
            return query.map((rs, ctx) -> new WaitingRequest(
                            new RequestId(rs.getLong("id")),
                            new PatientId(rs.getLong("patient_id")),
                            rs.getString("exam_code"),
                            Priority.valueOf(rs.getString("priority")),
                            Optional.ofNullable(rs.getObject("due_date", LocalDate.class)),
                            instant(rs, "received_at"),
                            rs.getString("referring_trust"),
                            rs.getInt("age"),
                            rs.getInt("minutes"),
                            texts(rs.getArray("required_capabilities")),
                            rs.getBoolean("needs_general_anaesthetic"),
                            optionalInt(rs, "weight_kg"),
                            texts(rs.getArray("acceptable_sites")),
                            optionalInt(rs, "max_travel_km"),
                            rs.getObject("latitude") == null
                                    ? Optional.empty()
                                    : Optional.of(new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")))))
                    .list();
        });
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OptionalInt optionalInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static Set<String> texts(Array array) throws SQLException {
        return Set.of((String[]) array.getArray());
    }
}
