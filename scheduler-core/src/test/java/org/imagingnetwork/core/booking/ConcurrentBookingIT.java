package org.imagingnetwork.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imagingnetwork.core.booking.BookingOutcome.Booked;
import org.imagingnetwork.core.booking.BookingOutcome.SlotTaken;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.support.Bookings;
import org.imagingnetwork.core.support.CoreDatabase;
import org.imagingnetwork.core.support.DiaryFixture;
import org.imagingnetwork.core.support.DiaryFixture.Diary;
import org.imagingnetwork.core.support.DiaryFixture.Waiting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Two app instances (two booking services, each with its own connection pool) and 64 threads race
 * 500 requests for the same 50 slots. Exactly one request wins each slot; everyone else is told
 * cleanly that the slot is taken.
 */
class ConcurrentBookingIT {

    private static final int SLOTS = 50;
    private static final int REQUESTS = 500;
    private static final int THREADS = 64;

    private static Database instanceA;
    private static Database instanceB;
    private static DiaryFixture fixture;

    @BeforeAll
    static void twoInstances() {
        fixture = new DiaryFixture(CoreDatabase.get().jdbi());
        instanceA = Database.connect(CoreDatabase.settings());
        instanceB = Database.connect(CoreDatabase.settings());
    }

    @AfterAll
    static void close() {
        instanceA.close();
        instanceB.close();
    }

    @RepeatedTest(20)
    void exactlyOneAppointmentPerSlotAcrossTwoInstances() throws Exception {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(3)), SLOTS);
        List<Waiting> waiting = fixture.waitingRequests(diary.trust(), DiaryFixture.CT_HEAD, REQUESTS);
        BookingService a = Bookings.service(instanceA, Bookings.redis());
        BookingService b = Bookings.service(instanceB, Bookings.redis());

        List<Callable<BookingOutcome>> attempts = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Waiting w = waiting.get(i);
            SlotId slot = diary.slots().get(i % SLOTS);
            BookingService service = i % 2 == 0 ? a : b;
            attempts.add(() -> service.book(new Book(w.request(), slot, Actor.patient(w.patient()), Optional.empty())));
        }
        Collections.shuffle(attempts);

        List<BookingOutcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (Future<BookingOutcome> f : pool.invokeAll(attempts)) {
                outcomes.add(f.get()); // rethrows anything that escaped a booking
            }
        } finally {
            pool.shutdownNow();
        }

        var byKind = outcomes.stream()
                .collect(Collectors.groupingBy(o -> o.getClass().getSimpleName(), Collectors.counting()));
        assertThat(byKind).containsOnlyKeys("Booked", "SlotTaken");
        assertThat(byKind.get("Booked")).isEqualTo(SLOTS);
        assertThat(byKind.get("SlotTaken")).isEqualTo(REQUESTS - SLOTS);
        assertThat(outcomes.stream()
                        .filter(Booked.class::isInstance)
                        .map(o -> ((Booked) o).appointment().slot()))
                .doesNotHaveDuplicates()
                .hasSize(SLOTS);
        assertThat(outcomes.stream().filter(SlotTaken.class::isInstance)).hasSize(REQUESTS - SLOTS);

        assertThat(liveAppointmentsOn(diary)).isEqualTo(SLOTS);
        assertThat(bookedSlotsOf(diary)).isEqualTo(SLOTS);
        assertThat(outboxRowsFor(diary)).isEqualTo(SLOTS);
    }

    static long liveAppointmentsOn(Diary diary) {
        return count(diary, """
                select count(*) from appointment a join slot s on s.id = a.slot_id
                where s.room_id = :room and a.status in ('BOOKED', 'ARRIVED', 'FULFILLED')
                """);
    }

    static long bookedSlotsOf(Diary diary) {
        return count(diary, "select count(*) from slot where room_id = :room and status = 'BOOKED'");
    }

    static long outboxRowsFor(Diary diary) {
        return count(diary, """
                select count(*) from outbox o join appointment a on a.id = o.appointment_id join slot s on s.id = a.slot_id
                where s.room_id = :room and o.change = 'BOOKED'
                """);
    }

    private static long count(Diary diary, String sql) {
        Function<String, Long> query = q -> CoreDatabase.get()
                .jdbi()
                .withHandle(h -> h.createQuery(q)
                        .bind("room", diary.room())
                        .mapTo(Long.class)
                        .one());
        return query.apply(sql);
    }
}
