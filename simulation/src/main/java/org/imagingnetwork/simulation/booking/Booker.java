package org.imagingnetwork.simulation.booking;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Appointment;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Reschedule;
import org.imagingnetwork.core.diary.SlotId;

/**
 * Books or moves through the booking service what a patient or clerk chose on the board: the
 * earliest slot that fits, and if the service refuses it (taken meanwhile, or a rule the board does
 * not know), the next, a few times at most, as a person trying again would.
 */
public final class Booker {

    private static final int TRIES = 4;

    private final BookingService bookings;

    public Booker(BookingService bookings) {
        this.bookings = bookings;
    }

    /** A booking made, with the slot it took as the board showed it. */
    public record Made(Appointment appointment, FreeSlot slot) {}

    public Optional<Made> book(
            SlotBoard board, WaitingRequest request, Instant from, Predicate<FreeSlot> where, Actor actor) {
        return attempt(
                board,
                request,
                from,
                where,
                slot -> bookings.book(new Book(request.id(), slot, actor, Optional.empty())));
    }

    public Optional<Made> move(
            SlotBoard board,
            WaitingRequest request,
            AppointmentId current,
            Instant from,
            Predicate<FreeSlot> where,
            Actor actor) {
        return attempt(
                board,
                request,
                from,
                where,
                slot -> bookings.reschedule(new Reschedule(current, slot, actor, Optional.empty())));
    }

    private Optional<Made> attempt(
            SlotBoard board,
            WaitingRequest request,
            Instant from,
            Predicate<FreeSlot> where,
            java.util.function.Function<SlotId, BookingOutcome> act) {
        for (int i = 0; i < TRIES; i++) {
            Optional<FreeSlot> chosen = board.choose(request, from, where);
            if (chosen.isEmpty()) {
                return Optional.empty();
            }
            FreeSlot slot = chosen.get();
            board.strike(slot.id());
            BookingOutcome outcome = act.apply(slot.id());
            if (outcome instanceof BookingOutcome.Booked booked) {
                return Optional.of(new Made(booked.appointment(), slot));
            }
            if (!(outcome instanceof BookingOutcome.SlotTaken || outcome instanceof BookingOutcome.NotEligible)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
