package org.imagingnetwork.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imagingnetwork.core.booking.BookingOutcome.Booked;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.hold.HoldOutcome;
import org.imagingnetwork.core.hold.HoldToken;
import org.imagingnetwork.core.hold.SlotHolds;
import org.imagingnetwork.core.redis.RedisClients;
import org.imagingnetwork.core.redis.RedisSettings;
import org.imagingnetwork.core.redis.RedisSlotHolds;
import org.imagingnetwork.core.support.Bookings;
import org.imagingnetwork.core.support.CoreDatabase;
import org.imagingnetwork.core.support.DiaryFixture;
import org.imagingnetwork.core.support.DiaryFixture.Diary;
import org.imagingnetwork.core.support.DiaryFixture.Waiting;
import org.imagingnetwork.core.support.Ledger;
import org.junit.jupiter.api.Test;

class HoldsIT {

    private final DiaryFixture fixture = new DiaryFixture(CoreDatabase.get().jdbi());
    private final Ledger ledger = new Ledger(CoreDatabase.get().jdbi());

    @Test
    void aSecondHolderIsRefusedAndCannotBookTheHeldSlot() {
        SlotHolds holds = holds(Bookings.redis());
        BookingService bookings = Bookings.service(CoreDatabase.get(), Bookings.redis());
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(1)), 1);
        SlotId slot = diary.slots().get(0);
        Waiting first = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        Waiting second = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        HoldToken firstToken = HoldToken.random();
        HoldToken secondToken = HoldToken.random();

        assertThat(holds.hold(slot, firstToken, Duration.ofMinutes(5))).isInstanceOf(HoldOutcome.Held.class);
        assertThat(holds.hold(slot, secondToken, Duration.ofMinutes(5))).isInstanceOf(HoldOutcome.HeldByAnother.class);
        assertThat(bookings.book(
                        new Book(second.request(), slot, Actor.patient(second.patient()), Optional.of(secondToken))))
                .isEqualTo(new BookingOutcome.SlotHeld(slot));
        assertThat(bookings.book(
                        new Book(first.request(), slot, Actor.patient(first.patient()), Optional.of(firstToken))))
                .isInstanceOf(Booked.class);
        // Booking releases the hold, so it no longer stands in anyone's way.
        assertThat(holds.permits(slot, Optional.empty())).isTrue();
    }

    @Test
    void holdingAnotherSlotReleasesTheOneHeldBefore() {
        SlotHolds holds = holds(Bookings.redis());
        SlotId first = new SlotId(Long.MAX_VALUE - 10);
        SlotId second = new SlotId(Long.MAX_VALUE - 11);
        SlotId someoneElses = new SlotId(Long.MAX_VALUE - 12);
        HoldToken patient = HoldToken.random();
        HoldToken someoneElse = HoldToken.random();
        holds.hold(someoneElses, someoneElse, Duration.ofMinutes(1));

        assertThat(holds.hold(first, patient, Duration.ofMinutes(1))).isInstanceOf(HoldOutcome.Held.class);
        assertThat(holds.hold(second, patient, Duration.ofMinutes(1))).isInstanceOf(HoldOutcome.Held.class);
        assertThat(holds.permits(first, Optional.empty()))
                .as("the first time is free for others again")
                .isTrue();
        assertThat(holds.permits(second, Optional.empty())).isFalse();
        // Holding the same time again keeps it; others' holds are never touched.
        assertThat(holds.hold(second, patient, Duration.ofMinutes(1))).isInstanceOf(HoldOutcome.Held.class);
        assertThat(holds.permits(second, Optional.empty())).isFalse();
        assertThat(holds.hold(someoneElses, patient, Duration.ofMinutes(1)))
                .isInstanceOf(HoldOutcome.HeldByAnother.class);
        assertThat(holds.permits(second, Optional.empty()))
                .as("a refused hold releases nothing")
                .isFalse();
        assertThat(holds.permits(someoneElses, Optional.of(someoneElse))).isTrue();
        assertThat(holds.permits(someoneElses, Optional.of(patient))).isFalse();
    }

    @Test
    void onlyTheHolderCanReleaseAHold() {
        SlotHolds holds = holds(Bookings.redis());
        SlotId slot = new SlotId(Long.MAX_VALUE - 1);
        HoldToken owner = HoldToken.random();
        holds.hold(slot, owner, Duration.ofMinutes(1));

        holds.release(slot, HoldToken.random());
        assertThat(holds.permits(slot, Optional.empty())).isFalse();

        holds.release(slot, owner);
        assertThat(holds.permits(slot, Optional.empty())).isTrue();
    }

    @Test
    void holdsExpire() throws InterruptedException {
        SlotHolds holds = holds(Bookings.redis());
        SlotId slot = new SlotId(Long.MAX_VALUE - 2);
        holds.hold(slot, HoldToken.random(), Duration.ofMillis(200));

        Thread.sleep(400);

        assertThat(holds.hold(slot, HoldToken.random(), Duration.ofMinutes(1))).isInstanceOf(HoldOutcome.Held.class);
    }

    @Test
    void withRedisDownHoldsAreSkippedAndBookingsStillGoThroughWithoutDoubleBooking() throws Exception {
        RedisSettings down = Bookings.redisDown();
        SlotHolds holds = holds(down);
        BookingService a = Bookings.service(CoreDatabase.get(), down);
        BookingService b = Bookings.service(CoreDatabase.get(), down);
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(1)), 5);
        List<Waiting> waiting = fixture.waitingRequests(diary.trust(), DiaryFixture.CT_HEAD, 40);

        assertThat(holds.hold(diary.slots().get(0), HoldToken.random(), Duration.ofMinutes(5)))
                .isInstanceOf(HoldOutcome.HoldsUnavailable.class);

        List<Callable<BookingOutcome>> attempts = new ArrayList<>();
        for (int i = 0; i < waiting.size(); i++) {
            Waiting w = waiting.get(i);
            SlotId slot = diary.slots().get(i % 5);
            BookingService service = i % 2 == 0 ? a : b;
            attempts.add(() -> service.book(
                    new Book(w.request(), slot, Actor.patient(w.patient()), Optional.of(HoldToken.random()))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        int booked = 0;
        try {
            for (Future<BookingOutcome> f : pool.invokeAll(attempts)) {
                BookingOutcome outcome = f.get();
                assertThat(outcome).isInstanceOfAny(Booked.class, BookingOutcome.SlotTaken.class);
                booked += outcome instanceof Booked ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(booked).isEqualTo(5);
        for (SlotId slot : diary.slots()) {
            assertThat(ledger.liveAppointmentsOnSlot(slot.value())).isEqualTo(1);
        }
    }

    private static SlotHolds holds(RedisSettings settings) {
        return new RedisSlotHolds(RedisClients.pooled(settings), settings, Clock.systemUTC());
    }
}
