package org.imagingnetwork.core.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.booking.Appointment;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.AppointmentStatus;
import org.imagingnetwork.core.booking.BookingUnit;
import org.imagingnetwork.core.booking.RequestForBooking;
import org.imagingnetwork.core.booking.SlotForBooking;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.outbox.OutboxChange;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.Transition;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** One booking transaction's SQL. */
final class JdbiBookingUnit implements BookingUnit {

    private final Handle handle;

    JdbiBookingUnit(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Optional<SlotForBooking> lockSlot(SlotId slot) {
        return handle.createQuery("select " + BookingRows.SLOT_COLUMNS + " from " + BookingRows.SLOT_FROM
                        + " where s.id = :id for update of s")
                .bind("id", slot.value())
                .map((rs, ctx) -> BookingRows.slot(rs))
                .findOne();
    }

    @Override
    public Optional<RequestForBooking> lockRequest(RequestId request) {
        return handle.createQuery("select " + BookingRows.REQUEST_COLUMNS + " from " + BookingRows.REQUEST_FROM
                        + " where rq.id = :id for update of rq")
                .bind("id", request.value())
                .map((rs, ctx) -> BookingRows.request(rs))
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
    public int versionOf(AppointmentId appointment) {
        return handle.createQuery("select version from appointment where id = :id")
                .bind("id", appointment.value())
                .mapTo(Integer.class)
                .one();
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
        try {
            return BookingWrites.insert(handle.getConnection(), appointment, trust, transition);
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

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

    @Override
    public void audit(AuditRecord record, Instant at) {
        JdbiAuditLog.write(handle, at, record);
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
