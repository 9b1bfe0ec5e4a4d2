package org.imagingnetwork.core.booking;

import java.util.List;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.validation.FieldError;

/** What came of a booking or a reschedule. Every expected result is one of these, never an exception. */
public sealed interface BookingOutcome {

    /** Committed with its outbox row: the patient may be told they are booked. */
    record Booked(Appointment appointment) implements BookingOutcome {}

    /** Someone else booked the slot first. */
    record SlotTaken(SlotId slot) implements BookingOutcome {}

    /** Someone else is holding the slot while they confirm. */
    record SlotHeld(SlotId slot) implements BookingOutcome {}

    /** The request already has a live appointment; reschedule it instead. */
    record AlreadyBooked(AppointmentId existing) implements BookingOutcome {}

    /** The request is not on the waiting list (not yet vetted, or finished). */
    record NotAppointable(RequestState state) implements BookingOutcome {}

    /** The slot cannot take this exam or this patient; the error says why, naming the field. */
    record NotEligible(FieldError reason) implements BookingOutcome {}

    /** No such request, slot or appointment, or not one this actor may see; names the field. */
    record NotFound(String field) implements BookingOutcome {}

    /** The appointment to move has changed since the version the mover read; nothing was changed. */
    record VersionConflict(int current) implements BookingOutcome {}

    /** The command itself is wrong (a slot in the past, say). Nothing was changed. */
    record Invalid(List<FieldError> errors) implements BookingOutcome {}
}
