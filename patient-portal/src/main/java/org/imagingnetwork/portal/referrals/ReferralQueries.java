package org.imagingnetwork.portal.referrals;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;
import org.jdbi.v3.core.Jdbi;

/**
 * A patient's referrals with their live appointment, if any. Every query is scoped by the signed-in
 * patient's id, so another patient's referral is simply not found.
 */
@Singleton
public class ReferralQueries {

    private static final String SELECT = """
            select r.id, r.exam_code, e.name as exam_name, e.name_welsh as exam_name_welsh, e.modality, e.preparation, e.preparation_welsh,
                   r.priority, r.state, r.received_at, r.breach_date, r.short_notice, r.short_notice_hours,
                   a.id as appointment_id, s.starts_at, s.ends_at, si.ods_code as site_code, si.name as site_name,
                   si.postcode as site_postcode, ro.name as room_name
            from request r
            join exam e on e.code = r.exam_code
            left join appointment a on a.request_id = r.id and a.status in ('BOOKED', 'ARRIVED', 'FULFILLED')
            left join slot s on s.id = a.slot_id
            left join room ro on ro.id = s.room_id
            left join site si on si.ods_code = ro.site_ods_code
            where r.patient_id = :patient
            """;

    private final Jdbi jdbi;

    ReferralQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Referral> forPatient(PatientId patient) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " order by r.received_at desc, r.id desc")
                .bind("patient", patient.value())
                .map((rs, ctx) -> referral(rs))
                .list());
    }

    public Optional<Referral> find(PatientId patient, RequestId request) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " and r.id = :id")
                .bind("patient", patient.value())
                .bind("id", request.value())
                .map((rs, ctx) -> referral(rs))
                .findOne());
    }

    private static Referral referral(ResultSet rs) throws SQLException {
        UUID appointment = rs.getObject("appointment_id", UUID.class);
        Referral.Booking booking = appointment == null
                ? null
                : new Referral.Booking(
                        new AppointmentId(appointment),
                        rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
                        rs.getString("site_code"),
                        rs.getString("site_name"),
                        rs.getString("site_postcode"),
                        rs.getString("room_name"));
        int hours = rs.getInt("short_notice_hours");
        return new Referral(
                new RequestId(rs.getLong("id")),
                rs.getString("exam_code"),
                rs.getString("exam_name"),
                Optional.ofNullable(rs.getString("exam_name_welsh")),
                Modality.valueOf(rs.getString("modality")),
                rs.getString("preparation"),
                rs.getString("preparation_welsh"),
                Priority.valueOf(rs.getString("priority")),
                RequestState.valueOf(rs.getString("state")),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                rs.getObject("breach_date", LocalDate.class),
                rs.getBoolean("short_notice") ? hours : 0,
                booking);
    }
}
