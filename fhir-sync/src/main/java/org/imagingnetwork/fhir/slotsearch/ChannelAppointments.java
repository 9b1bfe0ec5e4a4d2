package org.imagingnetwork.fhir.slotsearch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.AppointmentStatus;
import org.jdbi.v3.core.Jdbi;

/**
 * The appointments a booking channel may see: every appointment of a request the channel has booked
 * for, so it keeps sight of its booking after the patient moves or cancels it in the portal, and of
 * nothing else.
 */
final class ChannelAppointments {

    private static final String SELECT = """
            select a.id, a.version, a.status, a.request_id, a.slot_id, a.booked_at, a.end_reason,
                   r.patient_id, p.nhs_number, r.exam_code, e.name as exam_name,
                   s.starts_at, s.ends_at, si.ods_code as site, si.name as site_name
            from appointment a
            join request r on r.id = a.request_id
            join patient p on p.id = r.patient_id
            join exam e on e.code = r.exam_code
            join slot s on s.id = a.slot_id
            join room rm on rm.id = s.room_id
            join site si on si.ods_code = rm.site_ods_code
            where exists (select 1 from appointment mine
                          where mine.request_id = a.request_id and mine.booked_by = :channel)
            """;

    private static final String BOOKED_FOR = """
            exists (select 1 from request r join appointment mine on mine.request_id = r.id
                    where r.patient_id = p.id and mine.booked_by = :channel)""";

    private final Jdbi jdbi;

    ChannelAppointments(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Optional<ChannelAppointment> find(String channel, UUID id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " and a.id = :id")
                .bind("channel", Actor.CHANNEL_PREFIX + channel)
                .bind("id", id)
                .map((rs, ctx) -> appointment(rs))
                .findOne());
    }

    /** A patient's appointments this channel may see, starting in [from, to) when given, earliest first. */
    List<ChannelAppointment> ofPatient(String channel, String nhsNumber, Optional<Instant> from, Optional<Instant> to) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + """
                          and p.nhs_number = :nhs
                          and (cast(:from as timestamptz) is null or s.starts_at >= :from)
                          and (cast(:to as timestamptz) is null or s.starts_at < :to)
                        order by s.starts_at, a.booked_at
                        """)
                .bind("channel", Actor.CHANNEL_PREFIX + channel)
                .bind("nhs", nhsNumber)
                .bind("from", from.map(ChannelAppointments::utc).orElse(null))
                .bind("to", to.map(ChannelAppointments::utc).orElse(null))
                .map((rs, ctx) -> appointment(rs))
                .list());
    }

    /** The NHS number of a patient this channel has booked for, by our patient id. */
    Optional<String> nhsNumberOf(String channel, long patientId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "select p.nhs_number from patient p where p.id = :patient and " + BOOKED_FOR)
                .bind("channel", Actor.CHANNEL_PREFIX + channel)
                .bind("patient", patientId)
                .mapTo(String.class)
                .findOne());
    }

    /** Our id of a patient this channel has booked for, by NHS number. */
    Optional<Long> patientIdOf(String channel, String nhsNumber) {
        return jdbi.withHandle(
                handle -> handle.createQuery("select p.id from patient p where p.nhs_number = :nhs and " + BOOKED_FOR)
                        .bind("channel", Actor.CHANNEL_PREFIX + channel)
                        .bind("nhs", nhsNumber)
                        .mapTo(Long.class)
                        .findOne());
    }

    private static ChannelAppointment appointment(ResultSet rs) throws SQLException {
        return new ChannelAppointment(
                rs.getObject("id", UUID.class),
                rs.getInt("version"),
                AppointmentStatus.valueOf(rs.getString("status")),
                rs.getLong("request_id"),
                rs.getLong("patient_id"),
                rs.getString("nhs_number"),
                rs.getString("exam_code"),
                rs.getString("exam_name"),
                rs.getLong("slot_id"),
                rs.getString("site"),
                rs.getString("site_name"),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
                rs.getObject("booked_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getString("end_reason")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
