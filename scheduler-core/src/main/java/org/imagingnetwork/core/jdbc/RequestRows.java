package org.imagingnetwork.core.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.ClinicalNeeds;
import org.imagingnetwork.core.request.PatientPreferences;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.Protocol;
import org.imagingnetwork.core.request.Referral;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestEvent;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps request and request_event rows onto their records. */
final class RequestRows {
    private RequestRows() {}

    static Request request(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Request(
                new RequestId(rs.getLong("id")),
                new PatientId(rs.getLong("patient_id")),
                new ExamCode(rs.getString("exam_code")),
                Priority.valueOf(rs.getString("priority")),
                Rows.optionalDate(rs, "due_date"),
                new Referral(new OdsCode(rs.getString("referring_trust")), rs.getString("referring_clinician")),
                Rows.instant(rs, "received_at"),
                rs.getObject("breach_date", LocalDate.class),
                RequestState.valueOf(rs.getString("state")),
                clinicalNeeds(rs),
                new Protocol(
                        Rows.optionalString(rs, "protocol"),
                        Rows.optionalInt(rs, "egfr"),
                        Rows.optionalDate(rs, "egfr_measured_on")),
                preferences(rs),
                rs.getInt("version"));
    }

    /** The request's clinical constraints, from its {@code request} columns. */
    static ClinicalNeeds clinicalNeeds(ResultSet rs) throws SQLException {
        return new ClinicalNeeds(
                rs.getBoolean("needs_sedation"),
                rs.getBoolean("needs_general_anaesthetic"),
                Rows.optionalInt(rs, "weight_kg"),
                rs.getBoolean("claustrophobic"),
                rs.getBoolean("needs_contrast"));
    }

    /** Where and how soon the patient can come, from the request's columns. */
    static PatientPreferences preferences(ResultSet rs) throws SQLException {
        OptionalInt shortNoticeHours = Rows.optionalInt(rs, "short_notice_hours");
        return new PatientPreferences(
                Rows.set(rs, "acceptable_sites", OdsCode::new),
                Rows.optionalInt(rs, "max_travel_km"),
                shortNoticeHours.isPresent()
                        ? Optional.of(Duration.ofHours(shortNoticeHours.getAsInt()))
                        : Optional.empty());
    }

    static RequestEvent event(ResultSet rs, StatementContext ctx) throws SQLException {
        long ruleId = rs.getLong("rule_id");
        Optional<Long> rule = rs.wasNull() ? Optional.empty() : Optional.of(ruleId);
        return new RequestEvent(
                new RequestId(rs.getLong("request_id")),
                Rows.instant(rs, "occurred_at"),
                rs.getString("actor"),
                Rows.optionalString(rs, "from_state").map(RequestState::valueOf),
                RequestState.valueOf(rs.getString("to_state")),
                rs.getString("reason"),
                rule);
    }
}
