package org.imagingnetwork.core.jdbc;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.AppointmentStatus;
import org.imagingnetwork.core.booking.SlotForBooking;
import org.imagingnetwork.core.booking.SlotVacancy;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.outbox.OutboxChange;
import org.imagingnetwork.core.request.AppointmentEnd;
import org.imagingnetwork.core.request.RequestId;
import org.jdbi.v3.core.Handle;

/**
 * Ends a request's booked appointment inside the transaction that moves the request out of
 * APPOINTED, with the same effects a booking-side change has: the status or cancellation queued for
 * the RIS at the appointment's site, and a cancelled appointment's slot freed and released for offers.
 * The offer engine finds the release row on its sweep; no Redis message is needed for it.
 */
final class AppointmentEnding {

    private AppointmentEnding() {}

    /** Locks the request's booked appointment, if any, before its request: the booking module's lock order. */
    static void lockBooked(Handle handle, RequestId request) {
        handle.createQuery("select id from appointment where request_id = :id and status = 'BOOKED' for update")
                .bind("id", request.value())
                .mapTo(UUID.class)
                .list();
    }

    static boolean end(Handle handle, RequestId request, AppointmentEnd end, String reason, Instant at) {
        Optional<Booked> found = handle.createQuery(
                        "select id, slot_id from appointment where request_id = :id and status = 'BOOKED' for update")
                .bind("id", request.value())
                .map((rs, ctx) -> new Booked(
                        new AppointmentId(rs.getObject("id", UUID.class)), new SlotId(rs.getLong("slot_id"))))
                .findOne();
        if (found.isEmpty()) {
            return false;
        }
        JdbiBookingUnit unit = new JdbiBookingUnit(handle);
        SlotForBooking slot = unit.lockSlot(found.get().slot()).orElseThrow();
        AppointmentId appointment = found.get().id();
        switch (end) {
            case ATTENDED -> setStatus(handle, appointment, AppointmentStatus.FULFILLED, slot, at);
            case NOT_ATTENDED -> setStatus(handle, appointment, AppointmentStatus.NOSHOW, slot, at);
            case CANCELLED -> {
                unit.endAppointment(appointment, AppointmentStatus.CANCELLED, at, reason);
                unit.addOutbox(appointment, slot.owningTrust(), OutboxChange.CANCELLED, at);
                SlotVacancy.free(unit, slot, at, "cancelled");
            }
        }
        return true;
    }

    private static void setStatus(
            Handle handle, AppointmentId appointment, AppointmentStatus status, SlotForBooking slot, Instant at) {
        handle.createUpdate("""
                        with changed as (
                            update appointment set status = :status, version = version + 1 where id = :id
                            returning id)
                        insert into outbox (appointment_id, trust_ods_code, change, appointment_status,
                                            created_at, next_attempt_at)
                        select id, :trust, 'STATUS', :status, :at, :at from changed
                        """)
                .bind("id", appointment.value())
                .bind("status", status.name())
                .bind("trust", slot.owningTrust().value())
                .bind("at", Rows.utc(at))
                .execute();
    }

    private record Booked(AppointmentId id, SlotId slot) {}
}
