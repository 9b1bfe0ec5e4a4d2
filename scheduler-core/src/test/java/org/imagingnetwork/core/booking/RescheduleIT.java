package org.imagingnetwork.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.imagingnetwork.core.booking.BookingOutcome.Booked;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.jdbc.JdbiBookingStore;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.request.Transition;
import org.imagingnetwork.core.support.Bookings;
import org.imagingnetwork.core.support.CoreDatabase;
import org.imagingnetwork.core.support.DiaryFixture;
import org.imagingnetwork.core.support.DiaryFixture.Diary;
import org.imagingnetwork.core.support.DiaryFixture.Waiting;
import org.imagingnetwork.core.support.ForwardingBookingStore;
import org.imagingnetwork.core.support.ForwardingBookingUnit;
import org.imagingnetwork.core.support.Ledger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A patient who reschedules ends with exactly one appointment: the new one, or, if anything fails, the old one. */
class RescheduleIT {

    private final DiaryFixture fixture = new DiaryFixture(CoreDatabase.get().jdbi());
    private final Ledger ledger = new Ledger(CoreDatabase.get().jdbi());
    private final BookingService bookings = Bookings.service(CoreDatabase.get(), Bookings.redis());

    private Diary diary;
    private Waiting patient;
    private Appointment original;

    @BeforeEach
    void bookedPatient() {
        diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(5)), 3);
        patient = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        original = ((Booked) bookings.book(
                        new Book(patient.request(), slot(0), Actor.patient(patient.patient()), Optional.empty())))
                .appointment();
    }

    @Test
    void movesTheAppointmentAndFreesTheOldSlot() {
        BookingOutcome outcome = bookings.reschedule(
                new Reschedule(original.id(), slot(2), Actor.patient(patient.patient()), Optional.empty()));

        assertThat(outcome).isInstanceOf(Booked.class);
        Appointment moved = ((Booked) outcome).appointment();
        assertThat(moved.replaces()).contains(original.id());
        assertThat(ledger.liveSlotsOf(patient.request())).containsExactly(slot(2).value());
        assertThat(ledger.slotStatus(slot(0).value())).isEqualTo("FREE");
        assertThat(ledger.slotStatus(slot(2).value())).isEqualTo("BOOKED");
        assertThat(ledger.requestState(patient.request())).isEqualTo("APPOINTED");
        assertThat(ledger.outboxChangesOfPatient(patient.patient())).containsExactly("BOOKED", "MOVED_AWAY", "BOOKED");
    }

    @Test
    void failureBetweenFreeingAndBookingLeavesTheOriginalAppointment() {
        BookingService failing = Bookings.service(failAfterEndingOldAppointment(), Bookings.redis());
        var before = ledger.bookingTableCounts();

        assertThatThrownBy(() -> failing.reschedule(
                        new Reschedule(original.id(), slot(1), Actor.patient(patient.patient()), Optional.empty())))
                .hasMessageContaining("injected");

        assertThat(ledger.liveSlotsOf(patient.request())).containsExactly(slot(0).value());
        assertThat(ledger.slotStatus(slot(0).value())).isEqualTo("BOOKED");
        assertThat(ledger.slotStatus(slot(1).value())).isEqualTo("FREE");
        assertThat(ledger.bookingTableCounts()).isEqualTo(before);
    }

    @Test
    void rescheduleIntoTakenSlotKeepsTheOriginal() {
        Waiting other = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        bookings.book(new Book(other.request(), slot(1), Actor.patient(other.patient()), Optional.empty()));

        BookingOutcome outcome = bookings.reschedule(
                new Reschedule(original.id(), slot(1), Actor.patient(patient.patient()), Optional.empty()));

        assertThat(outcome).isEqualTo(new BookingOutcome.SlotTaken(slot(1)));
        assertThat(ledger.liveSlotsOf(patient.request())).containsExactly(slot(0).value());
    }

    @Test
    void anotherPatientCannotRescheduleSomeoneElsesAppointment() {
        Waiting stranger = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);

        BookingOutcome outcome = bookings.reschedule(
                new Reschedule(original.id(), slot(2), Actor.patient(stranger.patient()), Optional.empty()));

        assertThat(outcome).isEqualTo(new BookingOutcome.NotFound("appointment"));
        assertThat(ledger.liveSlotsOf(patient.request())).containsExactly(slot(0).value());
    }

    @Test
    void movesOnlyTheVersionTheMoverRead() {
        var before = ledger.bookingTableCounts();

        BookingOutcome stale = bookings.reschedule(new Reschedule(
                original.id(), slot(2), Actor.patient(patient.patient()), Optional.empty(), OptionalInt.of(1)));

        assertThat(stale).isEqualTo(new BookingOutcome.VersionConflict(0));
        assertThat(ledger.bookingTableCounts()).isEqualTo(before);
        assertThat(bookings.reschedule(new Reschedule(
                        original.id(), slot(2), Actor.patient(patient.patient()), Optional.empty(), OptionalInt.of(0))))
                .isInstanceOf(Booked.class);
    }

    private SlotId slot(int index) {
        return diary.slots().get(index);
    }

    private static BookingStore failAfterEndingOldAppointment() {
        JdbiBookingStore real = new JdbiBookingStore(CoreDatabase.get().jdbi());
        return new ForwardingBookingStore(real) {
            @Override
            protected BookingUnit wrap(BookingUnit unit) {
                return new ForwardingBookingUnit(unit) {
                    private boolean oldEnded;

                    @Override
                    public void endAppointment(
                            AppointmentId appointment, AppointmentStatus status, Instant at, String reason) {
                        super.endAppointment(appointment, status, at, reason);
                        oldEnded = true;
                    }

                    @Override
                    public boolean insertBooking(
                            Appointment appointment, OdsCode trust, Optional<Transition> transition) {
                        if (oldEnded) {
                            throw new IllegalStateException("injected failure between the two steps");
                        }
                        return super.insertBooking(appointment, trust, transition);
                    }
                };
            }
        };
    }
}
