package org.imagingnetwork.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.imagingnetwork.core.booking.BookingOutcome.Booked;
import org.imagingnetwork.core.jdbc.JdbiBookingStore;
import org.imagingnetwork.core.redis.RedisClients;
import org.imagingnetwork.core.redis.RedisSlotChangeNotifier;
import org.imagingnetwork.core.redis.RedisSlotHolds;
import org.imagingnetwork.core.support.Bookings;
import org.imagingnetwork.core.support.CoreDatabase;
import org.imagingnetwork.core.support.DiaryFixture;
import org.imagingnetwork.core.support.DiaryFixture.Diary;
import org.imagingnetwork.core.support.DiaryFixture.Waiting;
import org.imagingnetwork.core.support.Ledger;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisPubSub;

class CancelIT {

    private final DiaryFixture fixture = new DiaryFixture(CoreDatabase.get().jdbi());
    private final Ledger ledger = new Ledger(CoreDatabase.get().jdbi());
    private final BookingService bookings = Bookings.service(CoreDatabase.get(), Bookings.redis());

    @Test
    void cancellingReleasesTheSlotAtOnceAndPutsThePatientBackOnTheList() throws Exception {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(4)), 1);
        Waiting patient = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        Appointment appointment = book(patient, diary);
        BlockingQueue<String> announced = subscribeToReleases();

        CancelOutcome outcome = bookings.cancel(
                new Cancel(appointment.id(), Actor.patient(patient.patient()), "Cannot make this time", true));

        assertThat(outcome).isInstanceOf(CancelOutcome.Cancelled.class);
        assertThat(ledger.slotStatus(diary.slots().get(0).value())).isEqualTo("FREE");
        assertThat(ledger.requestState(patient.request())).isEqualTo("WAITING");
        assertThat(ledger.outboxChangesOfPatient(patient.patient())).containsExactly("BOOKED", "CANCELLED");
        assertThat(releasesOf(diary.slots().get(0).value())).isEqualTo(1);
        assertThat(announced.poll(5, TimeUnit.SECONDS))
                .endsWith(":" + diary.slots().get(0).value());
    }

    @Test
    void cancellingWhenTheExamIsNoLongerNeededCancelsTheRequest() {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(4)), 1);
        Waiting patient = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        Appointment appointment = book(patient, diary);

        bookings.cancel(new Cancel(appointment.id(), Actor.staff("clerk"), "Scan done privately", false));

        assertThat(ledger.requestState(patient.request())).isEqualTo("CANCELLED");
        assertThat(lastEventReason(patient)).isEqualTo("Scan done privately");
    }

    @Test
    void aPatientCannotCancelAnotherPatientsAppointment() {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(4)), 1);
        Waiting patient = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        Waiting stranger = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        Appointment appointment = book(patient, diary);

        CancelOutcome outcome =
                bookings.cancel(new Cancel(appointment.id(), Actor.patient(stranger.patient()), "mischief", true));

        assertThat(outcome).isEqualTo(new CancelOutcome.NotFound());
        assertThat(ledger.liveSlotsOf(patient.request()))
                .containsExactly(diary.slots().get(0).value());
    }

    @Test
    void cancellingTwiceIsRefusedWithoutChangingAnything() {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(4)), 1);
        Waiting patient = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        Appointment appointment = book(patient, diary);
        Cancel cancel = new Cancel(appointment.id(), Actor.patient(patient.patient()), "Moving away", true);
        bookings.cancel(cancel);
        var before = ledger.bookingTableCounts();

        assertThat(bookings.cancel(cancel)).isEqualTo(new CancelOutcome.NotLive(AppointmentStatus.CANCELLED));
        assertThat(ledger.bookingTableCounts()).isEqualTo(before);
    }

    @Test
    void cancelsOnlyTheVersionTheCancellerRead() {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(4)), 1);
        Waiting patient = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        Appointment appointment = book(patient, diary);
        Actor actor = Actor.patient(patient.patient());
        var before = ledger.bookingTableCounts();

        assertThat(bookings.cancel(new Cancel(appointment.id(), actor, "Moving away", true, OptionalInt.of(3))))
                .isEqualTo(new CancelOutcome.VersionConflict(0));
        assertThat(ledger.bookingTableCounts()).isEqualTo(before);
        assertThat(bookings.cancel(new Cancel(appointment.id(), actor, "Moving away", true, OptionalInt.of(0))))
                .isInstanceOf(CancelOutcome.Cancelled.class);
    }

    @Test
    void aReleaseIsRecordedInPostgresEvenWhenRedisIsDown() {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(4)), 1);
        Waiting patient = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        Appointment appointment = book(patient, diary);
        var down = Bookings.redisDown();
        JedisPooled client = RedisClients.pooled(down);
        BookingService withoutRedis = new BookingService(
                new JdbiBookingStore(CoreDatabase.get().jdbi()),
                new RedisSlotHolds(client, down, Clock.systemUTC()),
                new RedisSlotChangeNotifier(client, down),
                Clock.systemUTC());

        CancelOutcome outcome =
                withoutRedis.cancel(new Cancel(appointment.id(), Actor.patient(patient.patient()), "Unwell", true));

        assertThat(outcome).isInstanceOf(CancelOutcome.Cancelled.class);
        assertThat(releasesOf(diary.slots().get(0).value())).isEqualTo(1);
    }

    private Appointment book(Waiting patient, Diary diary) {
        return ((Booked) bookings.book(new Book(
                        patient.request(), diary.slots().get(0), Actor.patient(patient.patient()), Optional.empty())))
                .appointment();
    }

    private static long releasesOf(long slot) {
        return CoreDatabase.get()
                .jdbi()
                .withHandle(h -> h.createQuery("select count(*) from slot_release where slot_id = :id")
                        .bind("id", slot)
                        .mapTo(Long.class)
                        .one());
    }

    private static String lastEventReason(Waiting patient) {
        return CoreDatabase.get()
                .jdbi()
                .withHandle(h -> h.createQuery(
                                "select reason from request_event where request_id = :id order by id desc limit 1")
                        .bind("id", patient.request().value())
                        .mapTo(String.class)
                        .one());
    }

    private static BlockingQueue<String> subscribeToReleases() throws InterruptedException {
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        JedisPooled subscriber = RedisClients.pooled(Bookings.redis());
        java.util.concurrent.CountDownLatch subscribed = new java.util.concurrent.CountDownLatch(1);
        JedisPubSub listener = new JedisPubSub() {
            @Override
            public void onMessage(String channel, String message) {
                messages.add(message);
            }

            @Override
            public void onSubscribe(String channel, int subscribedChannels) {
                subscribed.countDown();
            }
        };
        Thread thread =
                new Thread(() -> subscriber.subscribe(listener, RedisSlotChangeNotifier.channelName(Bookings.redis())));
        thread.setDaemon(true);
        thread.start();
        assertThat(subscribed.await(5, TimeUnit.SECONDS)).isTrue();
        return messages;
    }
}
