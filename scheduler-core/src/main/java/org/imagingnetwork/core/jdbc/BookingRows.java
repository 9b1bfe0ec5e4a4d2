package org.imagingnetwork.core.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.imagingnetwork.core.booking.RequestForBooking;
import org.imagingnetwork.core.booking.SlotForBooking;
import org.imagingnetwork.core.diary.SessionStatus;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;

/**
 * What a booking reads of a request (its patient's age, its exam's needs) and of a slot (its session,
 * room and site), as SQL fragments shared by the locking reads and the unlocked snapshot, and the
 * mappers from their rows. The columns of both have distinct names, so one row can carry both.
 */
final class BookingRows {

    static final String REQUEST_COLUMNS = """
            rq.id as request_id, rq.version as request_version, rq.patient_id, p.date_of_birth, rq.state,
            rq.exam_code, e.required_capabilities,
            adult.minutes as adult_minutes,
            coalesce(child.minutes, adult.minutes) as child_minutes,
            coalesce(infant.minutes, child.minutes, adult.minutes) as infant_minutes,
            rq.needs_sedation, rq.needs_general_anaesthetic, rq.weight_kg, rq.claustrophobic,
            rq.needs_contrast, rq.acceptable_sites, rq.max_travel_km, rq.short_notice_hours
            """;

    static final String REQUEST_FROM = """
            request rq
            join patient p on p.id = rq.patient_id
            join exam e on e.code = rq.exam_code
            join exam_duration adult on adult.exam_code = e.code and adult.age_band = 'ADULT'
            left join exam_duration child on child.exam_code = e.code and child.age_band = 'CHILD'
            left join exam_duration infant on infant.exam_code = e.code and infant.age_band = 'INFANT'
            """;

    static final String SLOT_COLUMNS = """
            s.id as slot_id, s.version as slot_version, s.status, s.starts_at, s.ends_at,
            se.status as session_status, se.allowed_exams, s.room_id,
            r.capabilities, r.max_patient_weight_kg, si.ods_code as site, si.min_child_age, si.trust_ods_code
            """;

    static final String SLOT_FROM = """
            slot s
            join session se on se.id = s.session_id
            join room r on r.id = s.room_id
            join site si on si.ods_code = r.site_ods_code
            """;

    private BookingRows() {}

    static SlotForBooking slot(ResultSet rs) throws SQLException {
        return new SlotForBooking(
                new SlotId(rs.getLong("slot_id")),
                SlotStatus.valueOf(rs.getString("status")),
                Rows.instant(rs, "starts_at"),
                Rows.instant(rs, "ends_at"),
                SessionStatus.valueOf(rs.getString("session_status")),
                Rows.set(rs, "allowed_exams", ExamCode::new),
                rs.getString("room_id"),
                Rows.enumSet(rs, "capabilities", Capability.class),
                Rows.optionalInt(rs, "max_patient_weight_kg"),
                new OdsCode(rs.getString("site")),
                Rows.optionalInt(rs, "min_child_age"),
                new OdsCode(rs.getString("trust_ods_code")));
    }

    static RequestForBooking request(ResultSet rs) throws SQLException {
        return new RequestForBooking(
                new RequestId(rs.getLong("request_id")),
                new PatientId(rs.getLong("patient_id")),
                Rows.date(rs, "date_of_birth"),
                RequestState.valueOf(rs.getString("state")),
                new ExamCode(rs.getString("exam_code")),
                Rows.enumSet(rs, "required_capabilities", Capability.class),
                Duration.ofMinutes(rs.getInt("adult_minutes")),
                Duration.ofMinutes(rs.getInt("child_minutes")),
                Duration.ofMinutes(rs.getInt("infant_minutes")),
                RequestRows.clinicalNeeds(rs),
                RequestRows.preferences(rs));
    }
}
