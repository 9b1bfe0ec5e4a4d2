package org.imagingnetwork.core.booking;

import java.time.Instant;
import java.util.Optional;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.outbox.OutboxChange;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.Transition;

/** The reads and writes of one booking transaction. Rows read with {@code lock} stay locked until it ends. */
public interface BookingUnit {

    Optional<SlotForBooking> lockSlot(SlotId slot);

    Optional<RequestForBooking> lockRequest(RequestId request);

    Optional<Appointment> lockAppointment(AppointmentId appointment);

    /** The version of an appointment this transaction has locked: every change to the row raises it. */
    int versionOf(AppointmentId appointment);

    Optional<AppointmentId> liveAppointmentOf(RequestId request);

    /**
     * Writes a new live appointment with what goes with it — its slot marked booked, the outbox row
     * for the owning trust's RIS, the slot's open offers settled (the booker's own accepted, anyone
     * else's gone, or expired if their time was already up) and, when given, the request's transition with its event row —
     * unless the database's own constraints refuse the appointment (the slot or the request already
     * has a live appointment): then nothing is written, the result is false and the transaction
     * stays usable.
     */
    boolean insertBooking(Appointment appointment, OdsCode trust, Optional<Transition> transition);

    void endAppointment(AppointmentId appointment, AppointmentStatus status, Instant at, String reason);

    void setSlotStatus(SlotId slot, SlotStatus status);

    /** Applies a request state change with its event row; false when the request was not in the expected state. */
    boolean transition(Transition transition);

    void addOutbox(AppointmentId appointment, OdsCode trust, OutboxChange change, Instant at);

    /** Records a freed slot for the offer engine and returns the release's id. */
    long recordRelease(SlotId slot, Instant at, String reason);

    /** Writes an audit row in this transaction: the change and its record commit together. */
    void audit(AuditRecord record, Instant at);
}
