package org.imagingnetwork.core.booking;

import java.util.Optional;
import java.util.function.Function;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.Transition;

/** Where bookings are kept: PostgreSQL in the product. */
public interface BookingStore {

    /** Runs booking work in one database transaction: all of it commits, or none of it does. */
    <T> T inTransaction(Function<BookingUnit, T> work);

    /** The request and the slot with what deciding a booking needs, read without locks; empty if either is missing. */
    Optional<BookingSnapshot> snapshot(RequestId request, SlotId slot);

    /**
     * Writes the booking in one transaction — the appointment, its slot marked booked, the outbox row
     * for the owning trust's RIS, the slot's open offers settled and the request's transition with
     * its event row — if the request is still waiting and the slot still free at the versions the
     * snapshot saw, and the database's constraints accept the appointment. False, with nothing
     * written, when anything has changed since the snapshot.
     */
    boolean bookIfUnchanged(BookingSnapshot seen, Appointment appointment, Transition appointed);
}
