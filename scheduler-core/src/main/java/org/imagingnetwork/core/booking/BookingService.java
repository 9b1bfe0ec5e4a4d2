package org.imagingnetwork.core.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.imagingnetwork.core.audit.AuditActions;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.booking.BookingOutcome.AlreadyBooked;
import org.imagingnetwork.core.booking.BookingOutcome.Booked;
import org.imagingnetwork.core.booking.BookingOutcome.Invalid;
import org.imagingnetwork.core.booking.BookingOutcome.NotAppointable;
import org.imagingnetwork.core.booking.BookingOutcome.NotEligible;
import org.imagingnetwork.core.booking.BookingOutcome.NotFound;
import org.imagingnetwork.core.booking.BookingOutcome.SlotHeld;
import org.imagingnetwork.core.booking.BookingOutcome.SlotTaken;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.hold.SlotHolds;
import org.imagingnetwork.core.outbox.OutboxChange;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.request.Transition;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.core.validation.FieldError;

/**
 * Books, moves and cancels appointments. Each change is one PostgreSQL transaction that locks what
 * it touches, checks eligibility, writes the appointment, the request's event and the outbox row
 * for the trust's RIS together. Redis holds are a courtesy checked before the transaction; the
 * database decides who gets a slot, so the outcome is the same with Redis down.
 *
 * <p>A member of staff acting for a patient uses the overloads that name them: the change's audit row
 * (who, role, organisation, why) is written in the change's own transaction, and only when it
 * changed something.
 *
 * <p>Locks are always taken in the same order — appointment, request, then slots by id — so two
 * changes can wait for each other but never deadlock.
 */
public final class BookingService {

    private final BookingStore store;
    private final SlotHolds holds;
    private final SlotChangeNotifier slotChanges;
    private final Clock clock;

    public BookingService(BookingStore store, SlotHolds holds, SlotChangeNotifier slotChanges, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.holds = Objects.requireNonNull(holds);
        this.slotChanges = Objects.requireNonNull(slotChanges);
        this.clock = Objects.requireNonNull(clock);
    }

    public BookingOutcome book(Book command) {
        return book(command, Optional.empty());
    }

    /** Books on a patient's behalf; the audit row names the member of staff. */
    public BookingOutcome book(Book command, StaffActor by) {
        return book(command, Optional.of(new StaffChange(by, "On the patient's behalf")));
    }

    private BookingOutcome book(Book command, Optional<StaffChange> staff) {
        return BookingMeters.measured("book", () -> decideBooking(command, staff));
    }

    private BookingOutcome decideBooking(Book command, Optional<StaffChange> staff) {
        if (!holds.permits(command.slot(), command.hold())) {
            return new SlotHeld(command.slot());
        }
        Instant now = clock.instant();
        // The one-statement path writes no audit row, so staff bookings take the locking path.
        Optional<Booking> asSeen = staff.isPresent() ? Optional.empty() : bookAsSeen(command, now);
        Booking booking = asSeen.orElseGet(() -> store.inTransaction(unit -> book(unit, command, now, staff)));
        booking.booked().ifPresent(booked -> {
            command.hold().ifPresent(token -> holds.release(command.slot(), token));
            slotChanges.booked(booked);
        });
        return booking.outcome();
    }

    public BookingOutcome reschedule(Reschedule command) {
        return reschedule(command, Optional.empty());
    }

    /** Moves an appointment on a patient's behalf, for a reason the audit row and the old appointment keep. */
    public BookingOutcome reschedule(Reschedule command, StaffActor by, String reason) {
        return reschedule(command, Optional.of(new StaffChange(by, reason)));
    }

    private BookingOutcome reschedule(Reschedule command, Optional<StaffChange> staff) {
        return BookingMeters.measured("reschedule", () -> decideMove(command, staff));
    }

    private BookingOutcome decideMove(Reschedule command, Optional<StaffChange> staff) {
        if (!holds.permits(command.newSlot(), command.hold())) {
            return new SlotHeld(command.newSlot());
        }
        Instant now = clock.instant();
        Moved moved;
        try {
            moved = store.inTransaction(unit -> reschedule(unit, command, now, staff));
        } catch (Refused refused) {
            return refused.outcome;
        }
        command.hold().ifPresent(token -> holds.release(command.newSlot(), token));
        slotChanges.booked(moved.booked);
        moved.release.ifPresent(slotChanges::released);
        return new Booked(moved.appointment);
    }

    public CancelOutcome cancel(Cancel command) {
        return cancel(command, Optional.empty());
    }

    /** Cancels on a patient's behalf; the audit row names the member of staff and the command's reason. */
    public CancelOutcome cancel(Cancel command, StaffActor by) {
        return cancel(command, Optional.of(new StaffChange(by, command.reason())));
    }

    private CancelOutcome cancel(Cancel command, Optional<StaffChange> staff) {
        return BookingMeters.measured("cancel", () -> decideCancellation(command, staff));
    }

    private CancelOutcome decideCancellation(Cancel command, Optional<StaffChange> staff) {
        Instant now = clock.instant();
        Cancellation result = store.inTransaction(unit -> cancel(unit, command, now, staff));
        result.release().ifPresent(slotChanges::released);
        return result.outcome();
    }

    /**
     * The common case with one read and one write, neither holding a lock between them: read the
     * request and the slot, decide here, and write only if neither has changed since. A slot the
     * committed rows already refuse is refused here; a request that is not waiting (its refusal to
     * explain) or a race lost to another booking is left to the locking path, which decides it
     * exactly. Empty when the locking path must decide.
     */
    private Optional<Booking> bookAsSeen(Book command, Instant now) {
        Optional<BookingSnapshot> found = store.snapshot(command.request(), command.slot());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        BookingSnapshot seen = found.get();
        RequestForBooking request = seen.request();
        if (!command.actor().mayActFor(request.patient()) || request.state() != RequestState.WAITING) {
            return Optional.empty();
        }
        Optional<BookingOutcome> refusal = refusal(seen.slot(), request, now);
        if (refusal.isPresent()) {
            // The committed rows already refuse it (in a storm: the slot is taken), and the locking
            // path would give the same answer after queueing for the winner's row locks. Losers
            // answer from the snapshot: one read, no transaction, no lock.
            return Optional.of(Booking.refused(refusal.get()));
        }
        Appointment appointment = newAppointment(command, now);
        if (!store.bookIfUnchanged(seen, appointment, appointed(command, seen.slot(), now))) {
            return Optional.empty();
        }
        return Optional.of(booked(appointment, seen.slot(), now));
    }

    private Booking book(BookingUnit unit, Book command, Instant now, Optional<StaffChange> staff) {
        Optional<RequestForBooking> found = unit.lockRequest(command.request());
        if (found.isEmpty() || !command.actor().mayActFor(found.get().patient())) {
            return Booking.refused(new NotFound("request"));
        }
        RequestForBooking request = found.get();
        if (request.state() == RequestState.APPOINTED) {
            return Booking.refused(unit.liveAppointmentOf(request.id())
                    .<BookingOutcome>map(AlreadyBooked::new)
                    .orElse(new NotAppointable(request.state())));
        }
        if (request.state() != RequestState.WAITING) {
            return Booking.refused(new NotAppointable(request.state()));
        }
        Optional<SlotForBooking> slot = unit.lockSlot(command.slot());
        if (slot.isEmpty()) {
            return Booking.refused(new NotFound("slot"));
        }
        Optional<BookingOutcome> refusal = refusal(slot.get(), request, now);
        if (refusal.isPresent()) {
            return Booking.refused(refusal.get());
        }
        Appointment appointment = newAppointment(command, now);
        Transition appointed = appointed(command, slot.get(), now);
        if (!unit.insertBooking(appointment, slot.get().owningTrust(), Optional.of(appointed))) {
            // The code-level checks above passed, yet the database refused: another transaction
            // got there in a way the checks could not see. Its constraint has the last word.
            return Booking.refused(unit.liveAppointmentOf(request.id())
                    .<BookingOutcome>map(AlreadyBooked::new)
                    .orElse(new SlotTaken(command.slot())));
        }
        staff.ifPresent(change -> unit.audit(
                change.record(
                        AuditActions.APPOINTMENT_BOOKED,
                        request,
                        "Booked request " + request.id().value() + " for " + describe(slot.get())),
                now));
        return booked(appointment, slot.get(), now);
    }

    private static Appointment newAppointment(Book command, Instant now) {
        return new Appointment(
                AppointmentId.next(now),
                command.request(),
                command.slot(),
                AppointmentStatus.BOOKED,
                now,
                command.actor().name(),
                Optional.empty());
    }

    private static Transition appointed(Book command, SlotForBooking slot, Instant now) {
        return Transition.of(
                command.request(),
                RequestState.WAITING,
                RequestState.APPOINTED,
                command.actor().name(),
                "Booked for " + describe(slot),
                now);
    }

    private static Booking booked(Appointment appointment, SlotForBooking slot, Instant now) {
        return new Booking(new Booked(appointment), Optional.of(new SlotBooked(slot.id(), slot.room(), now)));
    }

    private Moved reschedule(BookingUnit unit, Reschedule command, Instant now, Optional<StaffChange> staff) {
        Appointment old =
                unit.lockAppointment(command.appointment()).orElseThrow(() -> refuse(new NotFound("appointment")));
        RequestForBooking request = unit.lockRequest(old.request())
                .filter(r -> command.actor().mayActFor(r.patient()))
                .orElseThrow(() -> refuse(new NotFound("appointment")));
        staleVersion(unit, command.appointment(), command.ifVersion()).ifPresent(current -> {
            throw refuse(new BookingOutcome.VersionConflict(current));
        });
        if (old.status() != AppointmentStatus.BOOKED) {
            throw refuse(invalid("appointment", "This appointment can no longer be changed"));
        }
        if (old.slot().equals(command.newSlot())) {
            throw refuse(invalid("newSlot", "You are already booked into this appointment time"));
        }
        List<SlotForBooking> locked = lockInIdOrder(unit, old.slot(), command.newSlot());
        SlotForBooking oldSlot = pick(locked, old.slot());
        SlotForBooking newSlot = pick(locked, command.newSlot());
        if (newSlot == null) {
            throw refuse(new NotFound("newSlot"));
        }
        refusal(newSlot, request, now).ifPresent(outcome -> {
            throw refuse(outcome);
        });
        String moved = "Rescheduled to " + describe(newSlot);
        unit.endAppointment(
                old.id(),
                AppointmentStatus.MOVED,
                now,
                staff.map(change -> moved + ": " + change.reason()).orElse(moved));
        Appointment replacement = new Appointment(
                AppointmentId.next(now),
                request.id(),
                newSlot.id(),
                AppointmentStatus.BOOKED,
                now,
                command.actor().name(),
                Optional.of(old.id()));
        // The trust's RIS hears of the move away before the new booking.
        unit.addOutbox(old.id(), oldSlot.owningTrust(), OutboxChange.MOVED_AWAY, now);
        if (!unit.insertBooking(replacement, newSlot.owningTrust(), Optional.empty())) {
            // Throwing rolls back the old appointment's end too: the patient keeps what they had.
            throw refuse(new SlotTaken(newSlot.id()));
        }
        staff.ifPresent(change -> unit.audit(
                change.record(
                        AuditActions.APPOINTMENT_MOVED,
                        request,
                        "Moved request " + request.id().value() + " from " + describe(oldSlot) + " to "
                                + describe(newSlot)),
                now));
        Optional<SlotReleased> release = SlotVacancy.free(unit, oldSlot, now, "rescheduled");
        return new Moved(replacement, new SlotBooked(newSlot.id(), newSlot.room(), now), release);
    }

    private Cancellation cancel(BookingUnit unit, Cancel command, Instant now, Optional<StaffChange> staff) {
        Optional<Appointment> found = unit.lockAppointment(command.appointment());
        if (found.isEmpty()) {
            return Cancellation.of(new CancelOutcome.NotFound());
        }
        Appointment appointment = found.get();
        Optional<RequestForBooking> request = unit.lockRequest(appointment.request())
                .filter(r -> command.actor().mayActFor(r.patient()));
        if (request.isEmpty()) {
            return Cancellation.of(new CancelOutcome.NotFound());
        }
        Optional<Integer> stale = staleVersion(unit, appointment.id(), command.ifVersion());
        if (stale.isPresent()) {
            return Cancellation.of(new CancelOutcome.VersionConflict(stale.get()));
        }
        if (appointment.status() != AppointmentStatus.BOOKED) {
            return Cancellation.of(new CancelOutcome.NotLive(appointment.status()));
        }
        SlotForBooking slot = unit.lockSlot(appointment.slot()).orElseThrow();
        unit.endAppointment(appointment.id(), AppointmentStatus.CANCELLED, now, command.reason());
        RequestState next = command.examStillNeeded() ? RequestState.WAITING : RequestState.CANCELLED;
        if (!unit.transition(Transition.of(
                appointment.request(),
                RequestState.APPOINTED,
                next,
                command.actor().name(),
                command.reason(),
                now))) {
            // A booked appointment's request is APPOINTED (the database holds them together), so this
            // is a bug: roll the cancellation back rather than leave the two disagreeing.
            throw new IllegalStateException(
                    "request " + appointment.request() + " of a booked appointment is not appointed");
        }
        unit.addOutbox(appointment.id(), slot.owningTrust(), OutboxChange.CANCELLED, now);
        staff.ifPresent(change -> unit.audit(
                change.record(
                        AuditActions.APPOINTMENT_CANCELLED,
                        request.get(),
                        "Cancelled request " + appointment.request().value() + "'s appointment for " + describe(slot)
                                + (command.examStillNeeded()
                                        ? "; back on the waiting list"
                                        : "; the request is cancelled")),
                now));
        Optional<SlotReleased> release = SlotVacancy.free(unit, slot, now, "cancelled");
        return new Cancellation(new CancelOutcome.Cancelled(appointment), release);
    }

    /** The locked appointment's version when the command expected another one. */
    private static Optional<Integer> staleVersion(BookingUnit unit, AppointmentId appointment, OptionalInt expected) {
        if (expected.isEmpty()) {
            return Optional.empty();
        }
        int current = unit.versionOf(appointment);
        return current == expected.getAsInt() ? Optional.empty() : Optional.of(current);
    }

    /** Why this slot cannot be booked for this request now, if it cannot. */
    private static Optional<BookingOutcome> refusal(SlotForBooking slot, RequestForBooking request, Instant now) {
        if (!slot.startsAt().isAfter(now)) {
            return Optional.of(invalid("slot", "This appointment time has already passed"));
        }
        if (slot.status() == SlotStatus.BOOKED) {
            return Optional.of(new SlotTaken(slot.id()));
        }
        return Eligibility.check(slot, request).map(NotEligible::new);
    }

    private static List<SlotForBooking> lockInIdOrder(BookingUnit unit, SlotId a, SlotId b) {
        List<SlotForBooking> locked = new ArrayList<>(2);
        SlotId first = a.value() < b.value() ? a : b;
        SlotId second = first == a ? b : a;
        unit.lockSlot(first).ifPresent(locked::add);
        unit.lockSlot(second).ifPresent(locked::add);
        return locked;
    }

    private static SlotForBooking pick(List<SlotForBooking> slots, SlotId id) {
        return slots.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    private static String describe(SlotForBooking slot) {
        return London.atLondon(slot.startsAt()).toLocalDateTime() + " at " + slot.site();
    }

    private static Invalid invalid(String field, String message) {
        return new Invalid(List.of(new FieldError(field, message)));
    }

    private static Refused refuse(BookingOutcome outcome) {
        return new Refused(outcome);
    }

    /** A member of staff making a change for a patient, and why: what its audit row records. */
    private record StaffChange(StaffActor by, String reason) {
        StaffChange {
            Objects.requireNonNull(by, "by");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a change by staff needs a reason");
            }
        }

        AuditRecord record(String action, RequestForBooking request, String detail) {
            return AuditRecord.by(by, action, Optional.of(request.patient()), detail, reason);
        }
    }

    /** What a booking transaction decided, and the slot it took if it took one. */
    private record Booking(BookingOutcome outcome, Optional<SlotBooked> booked) {
        static Booking refused(BookingOutcome outcome) {
            return new Booking(outcome, Optional.empty());
        }
    }

    private record Moved(Appointment appointment, SlotBooked booked, Optional<SlotReleased> release) {}

    private record Cancellation(CancelOutcome outcome, Optional<SlotReleased> release) {
        static Cancellation of(CancelOutcome outcome) {
            return new Cancellation(outcome, Optional.empty());
        }
    }

    /** Unwinds a reschedule's transaction when it cannot go ahead, carrying the reason out. */
    private static final class Refused extends RuntimeException {
        private final transient BookingOutcome outcome;

        Refused(BookingOutcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }
}
