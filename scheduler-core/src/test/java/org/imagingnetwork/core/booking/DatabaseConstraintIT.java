package org.imagingnetwork.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.imagingnetwork.core.booking.BookingOutcome.Booked;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.jdbc.JdbiBookingStore;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.support.Bookings;
import org.imagingnetwork.core.support.CoreDatabase;
import org.imagingnetwork.core.support.DiaryFixture;
import org.imagingnetwork.core.support.DiaryFixture.Diary;
import org.imagingnetwork.core.support.DiaryFixture.Waiting;
import org.imagingnetwork.core.support.ForwardingBookingStore;
import org.imagingnetwork.core.support.ForwardingBookingUnit;
import org.imagingnetwork.core.support.Ledger;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

/**
 * With the booking service's own checks blinded — it always believes the slot is free and the
 * request unbooked — the database's partial unique indexes alone still refuse a double booking; and
 * plain SQL cannot leave a request's state and its appointment disagreeing (V29).
 */
class DatabaseConstraintIT {

    private final DiaryFixture fixture = new DiaryFixture(CoreDatabase.get().jdbi());
    private final Ledger ledger = new Ledger(CoreDatabase.get().jdbi());
    private final BookingService blind = Bookings.service(blindStore(), Bookings.redis());

    @Test
    void databaseAloneRefusesSecondAppointmentOnSlot() {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(2)), 1);
        Waiting first = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        Waiting second = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        var slot = diary.slots().get(0);

        assertThat(blind.book(book(first, slot))).isInstanceOf(Booked.class);
        BookingOutcome outcome = blind.book(book(second, slot));

        assertThat(outcome).isEqualTo(new BookingOutcome.SlotTaken(slot));
        assertThat(ledger.liveAppointmentsOnSlot(slot.value())).isEqualTo(1);
        assertThat(ledger.requestState(second.request())).isEqualTo("WAITING");
    }

    @Test
    void databaseAloneRefusesSecondLiveAppointmentForRequest() {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(2)), 2);
        Waiting waiting = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);

        BookingOutcome first = blind.book(book(waiting, diary.slots().get(0)));
        BookingOutcome second = blind.book(book(waiting, diary.slots().get(1)));

        assertThat(first).isInstanceOf(Booked.class);
        assertThat(second)
                .isEqualTo(new BookingOutcome.AlreadyBooked(
                        ((Booked) first).appointment().id()));
        assertThat(ledger.liveSlotsOf(waiting.request()))
                .containsExactly(diary.slots().get(0).value());
        assertThat(ledger.slotStatus(diary.slots().get(1).value())).isEqualTo("FREE");
    }

    @Test
    void blindServicesRacingStillMakeOneAppointmentPerSlot() throws Exception {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(2)), 10);
        List<Waiting> waiting = fixture.waitingRequests(diary.trust(), DiaryFixture.CT_HEAD, 100);
        List<Callable<BookingOutcome>> attempts = new ArrayList<>();
        for (int i = 0; i < waiting.size(); i++) {
            Waiting w = waiting.get(i);
            var slot = diary.slots().get(i % 10);
            attempts.add(() -> blind.book(book(w, slot)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        long booked = 0;
        try {
            for (Future<BookingOutcome> f : pool.invokeAll(attempts)) {
                booked += f.get() instanceof Booked ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(booked).isEqualTo(10);
        for (var slot : diary.slots()) {
            assertThat(ledger.liveAppointmentsOnSlot(slot.value())).isEqualTo(1);
        }
    }

    @Test
    void plainSqlCannotInsertSecondLiveAppointmentOnSlot() {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(2)), 1);
        Waiting first = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        Waiting second = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        long slot = diary.slots().get(0).value();
        Function<RequestId, Integer> insert =
                request -> CoreDatabase.get().jdbi().inTransaction(h -> {
                    h.execute("update request set state = 'APPOINTED' where id = ?", request.value());
                    return h.createUpdate("""
                                    insert into appointment (id, request_id, slot_id, status, booked_at, booked_by)
                                    values (gen_random_uuid(), :request, :slot, 'BOOKED', now(), 'test')
                                    """)
                            .bind("request", request.value())
                            .bind("slot", slot)
                            .execute();
                });

        insert.apply(first.request());

        assertThatThrownBy(() -> insert.apply(second.request()))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining("appointment_one_live_per_slot");
    }

    @Test
    void plainSqlCannotBookAnAppointmentForARequestThatStaysWaiting() {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(2)), 1);
        Waiting waiting = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);

        assertThatThrownBy(() -> CoreDatabase.get()
                        .jdbi()
                        .useTransaction(h -> h.execute(
                                """
                        insert into appointment (id, request_id, slot_id, status, booked_at, booked_by)
                        values (gen_random_uuid(), ?, ?, 'BOOKED', now(), 'test')
                        """,
                                waiting.request().value(),
                                diary.slots().get(0).value())))
                .rootCause()
                .hasMessageContaining("request_state_agrees_with_appointment");
        assertThat(ledger.liveSlotsOf(waiting.request())).isEmpty();
    }

    @Test
    void plainSqlCannotMoveAnAppointedRequestAwayFromItsBookedAppointment() {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(2)), 1);
        Waiting waiting = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        Booked booked = (Booked) blind.book(book(waiting, diary.slots().get(0)));

        for (String state : List.of("WAITING", "CANCELLED", "DID_NOT_ATTEND")) {
            assertThatThrownBy(() -> CoreDatabase.get()
                            .jdbi()
                            .useTransaction(h -> h.execute(
                                    "update request set state = ? where id = ?",
                                    state,
                                    waiting.request().value())))
                    .as(state)
                    .rootCause()
                    .hasMessageContaining("request_state_agrees_with_appointment");
        }
        assertThatThrownBy(() -> CoreDatabase.get()
                        .jdbi()
                        .useTransaction(h -> h.execute(
                                "update appointment set status = 'FULFILLED' where id = ?",
                                booked.appointment().id().value())))
                .rootCause()
                .hasMessageContaining("request_state_agrees_with_appointment");
        assertThat(ledger.requestState(waiting.request())).isEqualTo("APPOINTED");
        assertThat(ledger.liveSlotsOf(waiting.request()))
                .containsExactly(diary.slots().get(0).value());
    }

    private static Book book(Waiting waiting, org.imagingnetwork.core.diary.SlotId slot) {
        return new Book(waiting.request(), slot, Actor.staff("bookings.clerk"), Optional.empty());
    }

    /**
     * A store whose units report every slot free and every request waiting and unbooked. It offers no
     * snapshot, so every booking takes the locking path, whose reads are the blinded ones (the snapshot
     * path's own write compares state in SQL, a check of its own).
     */
    private static BookingStore blindStore() {
        JdbiBookingStore real = new JdbiBookingStore(CoreDatabase.get().jdbi());
        return new ForwardingBookingStore(real) {
            @Override
            public Optional<BookingSnapshot> snapshot(RequestId request, org.imagingnetwork.core.diary.SlotId slot) {
                return Optional.empty();
            }

            @Override
            protected BookingUnit wrap(BookingUnit unit) {
                return new ForwardingBookingUnit(unit) {
                    @Override
                    public Optional<SlotForBooking> lockSlot(org.imagingnetwork.core.diary.SlotId slot) {
                        return super.lockSlot(slot).map(DatabaseConstraintIT::asFree);
                    }

                    @Override
                    public Optional<RequestForBooking> lockRequest(RequestId request) {
                        return super.lockRequest(request).map(DatabaseConstraintIT::asWaiting);
                    }
                };
            }
        };
    }

    private static SlotForBooking asFree(SlotForBooking s) {
        return new SlotForBooking(
                s.id(),
                SlotStatus.FREE,
                s.startsAt(),
                s.endsAt(),
                s.sessionStatus(),
                s.allowedExams(),
                s.room(),
                s.roomCapabilities(),
                s.roomMaxWeightKg(),
                s.site(),
                s.siteMinChildAge(),
                s.owningTrust());
    }

    private static RequestForBooking asWaiting(RequestForBooking r) {
        return new RequestForBooking(
                r.id(),
                r.patient(),
                r.patientDateOfBirth(),
                RequestState.WAITING,
                r.exam(),
                r.requiredCapabilities(),
                r.adultDuration(),
                r.childDuration(),
                r.infantDuration(),
                r.needs(),
                r.preferences());
    }
}
