package org.imagingnetwork.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.imagingnetwork.core.booking.BookingOutcome.Booked;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.jdbc.JdbiBookingStore;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.request.Transition;
import org.imagingnetwork.core.support.Bookings;
import org.imagingnetwork.core.support.CoreDatabase;
import org.imagingnetwork.core.support.DiaryFixture;
import org.imagingnetwork.core.support.DiaryFixture.Diary;
import org.imagingnetwork.core.support.DiaryFixture.Waiting;
import org.imagingnetwork.core.support.ForwardingBookingStore;
import org.imagingnetwork.core.support.Ledger;
import org.junit.jupiter.api.Test;

/**
 * The booking written from an unlocked snapshot goes in only if the request and the slot are as the
 * snapshot saw them; when either moved in between, nothing is written and the locking path decides.
 * A slot the snapshot already shows taken is refused from it, without a transaction.
 */
class BookIfUnchangedIT {

    private final DiaryFixture fixture = new DiaryFixture(CoreDatabase.get().jdbi());
    private final Ledger ledger = new Ledger(CoreDatabase.get().jdbi());
    private final JdbiBookingStore store =
            new JdbiBookingStore(CoreDatabase.get().jdbi());
    private final BookingService bookings = Bookings.service(CoreDatabase.get(), Bookings.redis());
    private final Instant now = Instant.now();

    @Test
    void writesTheWholeBookingWhenNothingChanged() {
        Diary diary = fixture.ctDiary(now.plus(Duration.ofDays(3)), 1);
        Waiting patient = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        SlotId slot = diary.slots().get(0);
        BookingSnapshot seen = store.snapshot(patient.request(), slot).orElseThrow();

        assertThat(store.bookIfUnchanged(seen, appointment(patient.request(), slot), appointed(patient.request())))
                .isTrue();

        assertThat(ledger.liveSlotsOf(patient.request())).containsExactly(slot.value());
        assertThat(ledger.slotStatus(slot.value())).isEqualTo("BOOKED");
        assertThat(ledger.requestState(patient.request())).isEqualTo("APPOINTED");
        assertThat(ledger.outboxChangesOfPatient(patient.patient())).containsExactly("BOOKED");
    }

    @Test
    void writesNothingWhenTheSlotWasBookedSinceTheSnapshot() {
        Diary diary = fixture.ctDiary(now.plus(Duration.ofDays(3)), 1);
        Waiting late = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        Waiting first = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        SlotId slot = diary.slots().get(0);
        BookingSnapshot seen = store.snapshot(late.request(), slot).orElseThrow();
        assertThat(bookings.book(book(first.request(), slot))).isInstanceOf(Booked.class);
        List<Long> before = ledger.bookingTableCounts();

        assertThat(store.bookIfUnchanged(seen, appointment(late.request(), slot), appointed(late.request())))
                .isFalse();

        assertThat(ledger.bookingTableCounts()).isEqualTo(before);
        assertThat(ledger.requestState(late.request())).isEqualTo("WAITING");
        assertThat(ledger.liveAppointmentsOnSlot(slot.value())).isEqualTo(1);
    }

    @Test
    void writesNothingWhenTheRequestChangedSinceTheSnapshot() {
        Diary diary = fixture.ctDiary(now.plus(Duration.ofDays(3)), 2);
        Waiting patient = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        SlotId chosen = diary.slots().get(0);
        BookingSnapshot seen = store.snapshot(patient.request(), chosen).orElseThrow();
        assertThat(bookings.book(book(patient.request(), diary.slots().get(1)))).isInstanceOf(Booked.class);
        List<Long> before = ledger.bookingTableCounts();

        assertThat(store.bookIfUnchanged(seen, appointment(patient.request(), chosen), appointed(patient.request())))
                .isFalse();

        assertThat(ledger.bookingTableCounts()).isEqualTo(before);
        assertThat(ledger.slotStatus(chosen.value())).isEqualTo("FREE");
        assertThat(ledger.liveSlotsOf(patient.request()))
                .containsExactly(diary.slots().get(1).value());
    }

    @Test
    void aBookingWhoseSnapshotWentStaleIsDecidedByTheLockingPath() {
        Diary diary = fixture.ctDiary(now.plus(Duration.ofDays(3)), 1);
        Waiting late = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        Waiting first = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        SlotId slot = diary.slots().get(0);
        // Another instance books the slot between this booking's snapshot and its write.
        BookingService racing = Bookings.service(
                new ForwardingBookingStore(store) {
                    @Override
                    public boolean bookIfUnchanged(
                            BookingSnapshot seen, Appointment appointment, Transition appointed) {
                        assertThat(bookings.book(book(first.request(), slot))).isInstanceOf(Booked.class);
                        return super.bookIfUnchanged(seen, appointment, appointed);
                    }
                },
                Bookings.redis());

        assertThat(racing.book(book(late.request(), slot))).isEqualTo(new BookingOutcome.SlotTaken(slot));
        assertThat(ledger.liveAppointmentsOnSlot(slot.value())).isEqualTo(1);
        assertThat(ledger.requestState(late.request())).isEqualTo("WAITING");
    }

    @Test
    void aSlotAlreadyTakenIsRefusedFromTheSnapshotWithoutATransaction() {
        Diary diary = fixture.ctDiary(now.plus(Duration.ofDays(3)), 1);
        Waiting late = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        Waiting first = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        SlotId slot = diary.slots().get(0);
        assertThat(bookings.book(book(first.request(), slot))).isInstanceOf(Booked.class);
        AtomicInteger transactions = new AtomicInteger();
        BookingService counting = Bookings.service(
                new ForwardingBookingStore(store) {
                    @Override
                    public <T> T inTransaction(Function<BookingUnit, T> work) {
                        transactions.incrementAndGet();
                        return super.inTransaction(work);
                    }
                },
                Bookings.redis());

        assertThat(counting.book(book(late.request(), slot))).isEqualTo(new BookingOutcome.SlotTaken(slot));
        assertThat(transactions).hasValue(0);
        assertThat(ledger.requestState(late.request())).isEqualTo("WAITING");
    }

    private Appointment appointment(RequestId request, SlotId slot) {
        return new Appointment(
                AppointmentId.next(now), request, slot, AppointmentStatus.BOOKED, now, "test", Optional.empty());
    }

    private Transition appointed(RequestId request) {
        return Transition.of(request, RequestState.WAITING, RequestState.APPOINTED, "test", "test booking", now);
    }

    private static Book book(RequestId request, SlotId slot) {
        return new Book(request, slot, Actor.staff("bookings.clerk"), Optional.empty());
    }
}
