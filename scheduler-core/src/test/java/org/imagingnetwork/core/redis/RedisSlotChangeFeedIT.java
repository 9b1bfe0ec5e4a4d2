package org.imagingnetwork.core.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Cancel;
import org.imagingnetwork.core.booking.Reschedule;
import org.imagingnetwork.core.booking.SlotChange;
import org.imagingnetwork.core.booking.SlotChangeListener;
import org.imagingnetwork.core.support.Bookings;
import org.imagingnetwork.core.support.CoreDatabase;
import org.imagingnetwork.core.support.DiaryFixture;
import org.imagingnetwork.core.support.DiaryFixture.Diary;
import org.imagingnetwork.core.support.DiaryFixture.Waiting;
import org.junit.jupiter.api.Test;

/** Every instance hears each booked and freed slot with its room, and hears when it may be missing some. */
class RedisSlotChangeFeedIT {

    private final DiaryFixture fixture = new DiaryFixture(CoreDatabase.get().jdbi());
    private final BookingService bookings = Bookings.service(CoreDatabase.get(), Bookings.redis());

    @Test
    void bookingsMovesAndCancellationsAreHeardWithTheirRoom() throws Exception {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(4)), 2);
        Waiting patient = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        Actor actor = Actor.patient(patient.patient());
        Recording heard = new Recording();
        try (RedisSlotChangeFeed feed = RedisSlotChangeFeed.start(Bookings.redis(), heard, Duration.ofMillis(200))) {
            assertThat(heard.events.poll(5, TimeUnit.SECONDS)).isEqualTo("up");

            BookingOutcome booked =
                    bookings.book(new Book(patient.request(), diary.slots().get(0), actor, Optional.empty()));
            assertThat(heard.events.poll(5, TimeUnit.SECONDS))
                    .isEqualTo("BOOKED " + diary.slots().get(0) + " " + diary.room());

            BookingOutcome moved = bookings.reschedule(new Reschedule(
                    ((BookingOutcome.Booked) booked).appointment().id(),
                    diary.slots().get(1),
                    actor,
                    Optional.empty()));
            assertThat(heard.events.poll(5, TimeUnit.SECONDS))
                    .isEqualTo("BOOKED " + diary.slots().get(1) + " " + diary.room());
            assertThat(heard.events.poll(5, TimeUnit.SECONDS))
                    .isEqualTo("FREED " + diary.slots().get(0) + " " + diary.room());

            bookings.cancel(
                    new Cancel(((BookingOutcome.Booked) moved).appointment().id(), actor, "Unwell", true));
            assertThat(heard.events.poll(5, TimeUnit.SECONDS))
                    .isEqualTo("FREED " + diary.slots().get(1) + " " + diary.room());
        }
    }

    @Test
    void withRedisDownTheListenerHearsTheFeedIsDownAndNeverUp() throws Exception {
        Recording heard = new Recording();
        try (RedisSlotChangeFeed feed =
                RedisSlotChangeFeed.start(Bookings.redisDown(), heard, Duration.ofMillis(100))) {
            assertThat(heard.events.poll(5, TimeUnit.SECONDS)).isEqualTo("down");
            assertThat(heard.events.poll(1, TimeUnit.SECONDS)).isEqualTo("down");
            assertThat(heard.events).doesNotContain("up");
        }
    }

    private static final class Recording implements SlotChangeListener {
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();

        @Override
        public void changed(SlotChange change) {
            events.add(change.kind() + " " + change.slot() + " " + change.room());
        }

        @Override
        public void feedUp() {
            events.add("up");
        }

        @Override
        public void feedDown() {
            events.add("down");
        }
    }
}
