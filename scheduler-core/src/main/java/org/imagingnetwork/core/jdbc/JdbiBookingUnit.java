package org.imagingnetwork.core.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.imagingnetwork.core.booking.Appointment;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.AppointmentStatus;
import org.imagingnetwork.core.booking.BookingUnit;
import org.imagingnetwork.core.booking.RequestForBooking;
import org.imagingnetwork.core.booking.SlotForBooking;
import org.imagingnetwork.core.diary.SessionStatus;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.outbox.OutboxChange;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.ClinicalNeeds;
import org.imagingnetwork.core.request.PatientPreferences;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.request.Transition;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** One booking transaction's SQL. */
final class JdbiBookingUnit implements BookingUnit {

    private final Handle handle;

    JdbiBookingUnit(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Optional<SlotForBooking> lockSlot(SlotId slot) {
        return handle.createQuery("""
                        select s.id, s.status, s.starts_at, s.ends_at, se.status as session_status, se.allowed_exams, s.room_id,
                               r.capabilities, r.max_patient_weight_kg, si.ods_code as site, si.min_child_age,
                               si.trust_ods_code
                        from slot s
                        join session se on se.id = s.session_id
                        join room r on r.id = s.room_id
                        join site si on si.ods_code = r.site_ods_code
                        where s.id = :id
                        for update of s
                        """)
                .bind("id", slot.value())
                .map(JdbiBookingUnit::slot)
                .findOne();
    }

    @Override
    public Optional<RequestForBooking> lockRequest(RequestId request) {
        return handle.createQuery("""
                        select rq.id, rq.patient_id, p.date_of_birth, rq.state, rq.exam_code, e.required_capabilities,
                               adult.minutes as adult_minutes,
                               coalesce(child.minutes, adult.minutes) as child_minutes,
                               coalesce(infant.minutes, child.minutes, adult.minutes) as infant_minutes,
                               rq.needs_sedation, rq.needs_general_anaesthetic, rq.weight_kg, rq.claustrophobic,
                               rq.needs_contrast, rq.acceptable_sites, rq.max_travel_km, rq.short_notice_hours
                        from request rq
                        join patient p on p.id = rq.patient_id
                        join exam e on e.code = rq.exam_code
                        join exam_duration adult on adult.exam_code = e.code and adult.age_band = 'ADULT'
                        left join exam_duration child on child.exam_code = e.code and child.age_band = 'CHILD'
                        left join exam_duration infant on infant.exam_code = e.code and infant.age_band = 'INFANT'
                        where rq.id = :id
                        for update of rq
                        """)
                .bind("id", request.value())
                .map(JdbiBookingUnit::request)
                .findOne();
    }

    @Override
    public Optional<Appointment> lockAppointment(AppointmentId appointment) {
        return handle.createQuery("""
                        select id, request_id, slot_id, status, booked_at, booked_by, replaces
                        from appointment where id = :id
                        for update
                        """)
                .bind("id", appointment.value())
                .map(JdbiBookingUnit::appointment)
                .findOne();
    }

    @Override
    public Optional<AppointmentId> liveAppointmentOf(RequestId request) {
        return handle.createQuery("""
                        select id from appointment
                        where request_id = :id and status in ('BOOKED', 'ARRIVED', 'FULFILLED')
                        """)
                .bind("id", request.value())
                .map((rs, ctx) -> new AppointmentId(rs.getObject("id", java.util.UUID.class)))
                .findOne();
    }

    @Override
    public boolean insertBooking(Appointment appointment, OdsCode trust, Optional<Transition> transition) {
        // One statement instead of four round trips on the hottest path. ON CONFLICT DO NOTHING
        // turns a violation of either partial unique index into "no row booked" without aborting
        // the transaction; every other part reads from "booked", so then nothing at all is written.
        String sql = transition.isEmpty() ? BOOKING : BOOKING_WITH_TRANSITION;
        var booking = handle.createQuery(sql)
                .bind("id", appointment.id().value())
                .bind("request", appointment.request().value())
                .bind("slot", appointment.slot().value())
                .bind("status", appointment.status().name())
                .bind("bookedAt", Rows.utc(appointment.bookedAt()))
                .bind("bookedBy", appointment.bookedBy())
                .bind(
                        "replaces",
                        appointment.replaces().map(AppointmentId::value).orElse(null))
                .bind("trust", trust.value())
                .bind("change", OutboxChange.BOOKED.name());
        transition.ifPresent(t -> RequestTransitions.bind(booking, t));
        return booking.mapTo(Integer.class).one() == 1;
    }

    private static final String BOOKED_CTES = """
            with booked as (
                insert into appointment (id, request_id, slot_id, status, booked_at, booked_by, replaces)
                values (:id, :request, :slot, :status, :bookedAt, :bookedBy, :replaces)
                on conflict do nothing
                returning id, slot_id),
            slot_booked as (
                update slot set status = 'BOOKED', version = version + 1
                where id = (select slot_id from booked)),
            queued as (
                insert into outbox (appointment_id, trust_ods_code, change, created_at, next_attempt_at)
                select id, :trust, :change, :bookedAt, :bookedAt from booked),
            offers_settled as (
                update offer set status = case when request_id = :request then 'ACCEPTED'
                                               when expires_at <= :bookedAt then 'EXPIRED'
                                               else 'GONE' end,
                                 answered_at = :bookedAt, version = version + 1
                where slot_id = (select slot_id from booked) and status = 'OPEN')
            """;

    private static final String BOOKING = BOOKED_CTES + "select count(*) from booked";

    private static final String BOOKING_WITH_TRANSITION = BOOKED_CTES
            + ", " + RequestTransitions.ctes("exists (select 1 from booked)")
            + " select count(*) from booked";

    @Override
    public void endAppointment(AppointmentId appointment, AppointmentStatus status, Instant at, String reason) {
        handle.createUpdate("""
                        update appointment set status = :status, ended_at = :at, end_reason = :reason, version = version + 1
                        where id = :id
                        """)
                .bind("id", appointment.value())
                .bind("status", status.name())
                .bind("at", Rows.utc(at))
                .bind("reason", reason)
                .execute();
    }

    @Override
    public void setSlotStatus(SlotId slot, SlotStatus status) {
        handle.createUpdate("update slot set status = :status, version = version + 1 where id = :id")
                .bind("id", slot.value())
                .bind("status", status.name())
                .execute();
    }

    @Override
    public boolean transition(Transition transition) {
        return RequestTransitions.apply(handle, transition);
    }

    @Override
    public void addOutbox(AppointmentId appointment, OdsCode trust, OutboxChange change, Instant at) {
        handle.createUpdate("""
                        insert into outbox (appointment_id, trust_ods_code, change, created_at, next_attempt_at)
                        values (:appointment, :trust, :change, :at, :at)
                        """)
                .bind("appointment", appointment.value())
                .bind("trust", trust.value())
                .bind("change", change.name())
                .bind("at", Rows.utc(at))
                .execute();
    }

    @Override
    public long recordRelease(SlotId slot, Instant at, String reason) {
        return handle.createUpdate(
                        "insert into slot_release (slot_id, released_at, reason) values (:slot, :at, :reason)")
                .bind("slot", slot.value())
                .bind("at", Rows.utc(at))
                .bind("reason", reason)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    private static SlotForBooking slot(ResultSet rs, StatementContext ctx) throws SQLException {
        return new SlotForBooking(
                new SlotId(rs.getLong("id")),
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

    private static RequestForBooking request(ResultSet rs, StatementContext ctx) throws SQLException {
        OptionalInt maxTravel = Rows.optionalInt(rs, "max_travel_km");
        OptionalInt shortNoticeHours = Rows.optionalInt(rs, "short_notice_hours");
        return new RequestForBooking(
                new RequestId(rs.getLong("id")),
                new PatientId(rs.getLong("patient_id")),
                Rows.date(rs, "date_of_birth"),
                RequestState.valueOf(rs.getString("state")),
                new ExamCode(rs.getString("exam_code")),
                Rows.enumSet(rs, "required_capabilities", Capability.class),
                Duration.ofMinutes(rs.getInt("adult_minutes")),
                Duration.ofMinutes(rs.getInt("child_minutes")),
                Duration.ofMinutes(rs.getInt("infant_minutes")),
                new ClinicalNeeds(
                        rs.getBoolean("needs_sedation"),
                        rs.getBoolean("needs_general_anaesthetic"),
                        Rows.optionalInt(rs, "weight_kg"),
                        rs.getBoolean("claustrophobic"),
                        rs.getBoolean("needs_contrast")),
                new PatientPreferences(
                        Rows.set(rs, "acceptable_sites", OdsCode::new),
                        maxTravel,
                        shortNoticeHours.isPresent()
                                ? Optional.of(Duration.ofHours(shortNoticeHours.getAsInt()))
                                : Optional.empty()));
    }

    private static Appointment appointment(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Appointment(
                new AppointmentId(rs.getObject("id", java.util.UUID.class)),
                new RequestId(rs.getLong("request_id")),
                new SlotId(rs.getLong("slot_id")),
                AppointmentStatus.valueOf(rs.getString("status")),
                Rows.instant(rs, "booked_at"),
                rs.getString("booked_by"),
                Optional.ofNullable(rs.getObject("replaces", java.util.UUID.class))
                        .map(AppointmentId::new));
    }
}
