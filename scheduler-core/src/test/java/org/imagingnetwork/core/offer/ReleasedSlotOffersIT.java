package org.imagingnetwork.core.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Cancel;
import org.imagingnetwork.core.jdbc.JdbiOfferBook;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.support.Bookings;
import org.imagingnetwork.core.support.CoreDatabase;
import org.imagingnetwork.core.support.DiaryFixture;
import org.imagingnetwork.core.support.DiaryFixture.Diary;
import org.imagingnetwork.core.support.DiaryFixture.Waiting;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Released slots in the one offer table: who is asked, that the booking transaction settles every
 * open offer of a slot it books, and that lapsed offers pass to the next patients.
 */
class ReleasedSlotOffersIT {

    private static final ReleaseOffering TWO_AT_ONCE =
            new ReleaseOffering(2, Duration.ofMinutes(30), Duration.ofMinutes(30));

    private final Jdbi jdbi = CoreDatabase.get().jdbi();
    private final DiaryFixture fixture = new DiaryFixture(jdbi);
    private final OfferBook offers = new JdbiOfferBook(jdbi);
    private final BookingService bookings = Bookings.service(CoreDatabase.get(), Bookings.redis());

    @Test
    void theMostUrgentThenLongestWaitingWithinReachAreAskedAndTheBookingSettlesEveryOffer() {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(3)), 1);
        Waiting urgent = shortNotice(diary, "URGENT", 5, "B15 2TH", null);
        Waiting longWait = shortNotice(diary, "ROUTINE", 60, "B15 2TH", 10);
        Waiting shortWait = shortNotice(diary, "ROUTINE", 20, "B15 2TH", null);
        Waiting tooFar = shortNotice(diary, "URGENT", 90, "WR5 1DD", 10);
        long release = release(diary);

        List<MadeOffer> made = offers.offerRelease(release, TWO_AT_ONCE, Instant.now());

        assertThat(made).extracting(MadeOffer::request).containsExactlyInAnyOrder(urgent.request(), longWait.request());
        assertThat(statuses(diary)).doesNotContainKeys(shortWait.request(), tooFar.request());

        BookingOutcome booked = bookings.book(new Book(
                longWait.request(), diary.slots().get(0), Actor.patient(longWait.patient()), Optional.empty()));
        assertThat(booked).isInstanceOf(BookingOutcome.Booked.class);
        assertThat(statuses(diary))
                .containsEntry(longWait.request(), "ACCEPTED")
                .containsEntry(urgent.request(), "GONE");
        assertThat(offers.offerWaitingReleases(TWO_AT_ONCE, Instant.now(), 10))
                .as("a booked slot is offered to nobody else")
                .noneMatch(o -> o.slot().equals(diary.slots().get(0)));
    }

    @Test
    void lapsedOffersExpireAndTheNextPatientsAreAsked() {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(3)), 1);
        Waiting first = shortNotice(diary, "URGENT", 5, "B15 2TH", null);
        Waiting second = shortNotice(diary, "ROUTINE", 5, "B15 2TH", null);
        long release = release(diary);
        ReleaseOffering oneAtATime = new ReleaseOffering(1, Duration.ofMinutes(30), Duration.ofMinutes(30));
        Instant now = Instant.now();

        assertThat(offers.offerRelease(release, oneAtATime, now))
                .extracting(MadeOffer::request)
                .containsExactly(first.request());
        assertThat(offers.offerWaitingReleases(oneAtATime, now.plus(Duration.ofMinutes(10)), 10))
                .as("while the first offer is open")
                .noneMatch(o -> o.slot().equals(diary.slots().get(0)));

        List<MadeOffer> next = offers.offerWaitingReleases(oneAtATime, now.plus(Duration.ofMinutes(31)), 10);

        assertThat(next)
                .filteredOn(o -> o.slot().equals(diary.slots().get(0)))
                .extracting(MadeOffer::request)
                .containsExactly(second.request());
        assertThat(statuses(diary)).containsEntry(first.request(), "EXPIRED").containsEntry(second.request(), "OPEN");
    }

    @Test
    void noOfferOutlastsTheTimeToGetThere() {
        ReleaseOffering rules = new ReleaseOffering(3, Duration.ofMinutes(30), Duration.ofMinutes(30));
        Instant now = Instant.parse("2031-03-01T09:00:00Z");

        assertThat(rules.deadline(now.plus(Duration.ofHours(3)), now)).contains(now.plus(Duration.ofMinutes(30)));
        assertThat(rules.deadline(now.plus(Duration.ofMinutes(45)), now)).contains(now.plus(Duration.ofMinutes(15)));
        assertThat(rules.deadline(now.plus(Duration.ofMinutes(30)), now)).isEmpty();
    }

    /** A waiting adult who can come at a day's notice, only to this diary's site. */
    private Waiting shortNotice(Diary diary, String priority, int daysWaiting, String postcode, Integer maxTravelKm) {
        Waiting waiting = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        jdbi.useHandle(h -> {
            h.createUpdate("""
                            update request set short_notice = true, short_notice_hours = 24, priority = :priority,
                                   received_at = now() - make_interval(days => :days), max_travel_km = :travel,
                                   acceptable_sites = array[cast(:site as text)]
                            where id = :id
                            """)
                    .bind("priority", priority)
                    .bind("days", daysWaiting)
                    .bind("travel", maxTravelKm)
                    .bind("site", diary.site())
                    .bind("id", waiting.request().value())
                    .execute();
            h.createUpdate("update patient set postcode = :postcode where id = :id")
                    .bind("postcode", postcode)
                    .bind("id", waiting.patient().value())
                    .execute();
        });
        return waiting;
    }

    /** Someone books the diary's slot and cancels: the slot is released. */
    private long release(Diary diary) {
        Waiting someone = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        Actor actor = Actor.patient(someone.patient());
        BookingOutcome booked =
                bookings.book(new Book(someone.request(), diary.slots().get(0), actor, Optional.empty()));
        bookings.cancel(
                new Cancel(((BookingOutcome.Booked) booked).appointment().id(), actor, "Unwell", true));
        return jdbi.withHandle(h -> h.createQuery("select max(id) from slot_release where slot_id = :slot")
                .bind("slot", diary.slots().get(0).value())
                .mapTo(Long.class)
                .one());
    }

    private Map<RequestId, String> statuses(Diary diary) {
        return jdbi.withHandle(h -> h.createQuery("select request_id, status from offer where slot_id = :slot")
                .bind("slot", diary.slots().get(0).value())
                .reduceRows(new java.util.HashMap<RequestId, String>(), (map, row) -> {
                    map.put(
                            new RequestId(row.getColumn("request_id", Long.class)),
                            row.getColumn("status", String.class));
                    return map;
                }));
    }
}
