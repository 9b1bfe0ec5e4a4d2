package org.imagingnetwork.portal.choice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Cancel;
import org.imagingnetwork.core.choice.ChoiceRequest;
import org.imagingnetwork.core.choice.ChoiceRequests;
import org.imagingnetwork.core.choice.EarliestFreeSlots;
import org.imagingnetwork.core.choice.FreeSlots;
import org.imagingnetwork.core.choice.SlotSearch;
import org.imagingnetwork.core.choice.TimeBands;
import org.imagingnetwork.core.choice.WhereFilters;
import org.imagingnetwork.core.choice.WhereSearch;
import org.imagingnetwork.core.diary.BlockSlot;
import org.imagingnetwork.core.diary.DiaryChanges;
import org.imagingnetwork.core.diary.DiaryOutcome;
import org.imagingnetwork.core.diary.ReleaseSlot;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.jdbc.JdbiDiaryStore;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.redis.RedisClients;
import org.imagingnetwork.core.redis.RedisSettings;
import org.imagingnetwork.core.redis.RedisSlotChangeNotifier;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.portal.support.PortalFixture;
import org.imagingnetwork.portal.support.PortalServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * "Choose where" keeps each room's earliest free slot between searches; these prove it still shows
 * the true earliest time after every booking and cancellation, made here or by another instance, and
 * asks PostgreSQL every time while it cannot hear other instances.
 */
class EarliestFreeSlotsIT {

    private static final String SITE = PortalFixture.ROYAL;
    private static final StaffActor CLERK = new StaffActor("clerk", "BOOKINGS_CLERK", new OdsCode(SITE));

    @Test
    void theSearchMovesOnWhenTheEarliestSlotIsBookedAndBackWhenItIsCancelled() {
        PortalServer portal = PortalServer.get();
        Subject subject = new Subject(portal);
        Instant first = subject.shown();
        assertThat(first).isEqualTo(subject.truth());

        BookingOutcome booked = subject.bookEarliest(portal);
        assertThat(subject.shown()).as("after booking the earliest slot").isAfter(first);
        assertThat(subject.shown()).isEqualTo(subject.truth());

        portal.context()
                .getBean(BookingService.class)
                .cancel(new Cancel(
                        ((BookingOutcome.Booked) booked).appointment().id(), subject.actor(), "Patient: unwell", true));
        assertThat(subject.shown()).as("after cancelling it").isEqualTo(first);
    }

    @Test
    void aBookingMadeByAnotherInstanceReachesThisInstancesSearch() throws Exception {
        PortalServer here = PortalServer.get();
        PortalServer there = PortalServer.start(Map.of());
        try {
            Subject subject = new Subject(here);
            Instant first = subject.shown();

            BookingOutcome booked = subject.bookEarliest(there);
            assertThat(eventually(subject, first))
                    .as("after another instance booked it")
                    .isAfter(first);
            assertThat(subject.shown()).isEqualTo(subject.truth());

            there.context()
                    .getBean(BookingService.class)
                    .cancel(new Cancel(
                            ((BookingOutcome.Booked) booked).appointment().id(),
                            subject.actor(),
                            "Patient: unwell",
                            true));
            assertThat(eventually(subject, subject.shown()))
                    .as("after another instance cancelled it")
                    .isEqualTo(first);
        } finally {
            there.stop();
        }
    }

    @Test
    void aSlotStaffBlockLeavesTheSearchAtOnceAndComesBackWhenReleased() throws Exception {
        PortalServer portal = PortalServer.get();
        Subject subject = new Subject(portal);
        Instant first = subject.shown();
        SlotId earliest = new SlotId(subject.earliestSlot());
        // The staff console's side: its own diary service announcing on Redis, not through this
        // instance's relay, so only the slot-change feed can tell this portal of the block.
        RedisSettings redis = portal.context().getBean(RedisSettings.class);
        DiaryChanges console = new DiaryChanges(
                new JdbiDiaryStore(
                        portal.context().getBean(Jdbi.class), portal.context().getBean(Clock.class)),
                new RedisSlotChangeNotifier(RedisClients.pooled(redis), redis),
                portal.context().getBean(Clock.class));

        DiaryOutcome blocked = console.blockSlot(new BlockSlot(earliest, "Scanner fault", CLERK));
        assertThat(blocked).isInstanceOf(DiaryOutcome.Changed.class);
        assertThat(eventually(subject, first)).as("after staff blocked it").isAfter(first);
        assertThat(subject.shown()).isEqualTo(subject.truth());

        Instant whileBlocked = subject.shown();
        console.releaseSlot(new ReleaseSlot(earliest, "Engineer fixed it", CLERK));
        assertThat(eventually(subject, whileBlocked))
                .as("after staff released it")
                .isEqualTo(first);
    }

    @Test
    void keptAnswersAreUsedWhileTheFeedIsUpAndNeverWhileItIsDown() {
        PortalServer portal = PortalServer.get();
        EarliestFreeSlots kept = portal.context().getBean(EarliestFreeSlots.class);
        Subject subject = new Subject(portal);
        Instant first = subject.shown();
        long slot = subject.earliestSlot();
        try {
            // A change nobody announces (as a direct edit of the diary would be) is not seen while
            // the kept answer is fresh: the answer really is kept.
            subject.setStatus(slot, "BLOCKED");
            assertThat(subject.shown()).isEqualTo(first);

            kept.feedDown();
            assertThat(subject.shown()).as("with the feed down").isAfter(first).isEqualTo(subject.truth());
            kept.feedUp();
            assertThat(subject.shown()).as("once the feed is back").isEqualTo(subject.truth());
        } finally {
            subject.setStatus(slot, "FREE");
            kept.feedUp();
        }
    }

    /** What the search shows once it no longer shows {@code before}, or after two seconds. */
    private static Instant eventually(Subject subject, Instant before) throws InterruptedException {
        for (int i = 0; i < 40 && subject.shown().equals(before); i++) {
            Thread.sleep(50);
        }
        return subject.shown();
    }

    /** A waiting adult's MRI referral, and what "choose where" shows for one site. */
    private static final class Subject {
        private final PortalServer portal;
        private final PortalFixture.Patient patient;
        private final ChoiceRequest request;
        private final Clock clock;

        Subject(PortalServer portal) {
            this.portal = portal;
            PortalFixture fixture = portal.fixture();
            this.patient = fixture.adult();
            long id = fixture.waitingRequest(patient, PortalFixture.MRI_BRAIN);
            this.request = portal.context()
                    .getBean(ChoiceRequests.class)
                    .find(new RequestId(id))
                    .orElseThrow();
            this.clock = portal.context().getBean(Clock.class);
        }

        Actor actor() {
            return Actor.patient(new PatientId(patient.id()));
        }

        /** The earliest time "choose where" shows at the site. */
        Instant shown() {
            return portal.context().getBean(WhereSearch.class).search(request, WhereFilters.defaults()).stream()
                    .filter(o -> o.site().odsCode().value().equals(SITE))
                    .findFirst()
                    .orElseThrow()
                    .earliest();
        }

        /** The earliest time at the site, read from PostgreSQL with nothing kept. */
        Instant truth() {
            return freeTimes().get(0).startsAt();
        }

        long earliestSlot() {
            return freeTimes().get(0).id().value();
        }

        BookingOutcome bookEarliest(PortalServer through) {
            BookingOutcome outcome = through.context()
                    .getBean(BookingService.class)
                    .book(new Book(request.id(), new SlotId(earliestSlot()), actor(), Optional.empty()));
            assertThat(outcome).isInstanceOf(BookingOutcome.Booked.class);
            return outcome;
        }

        void setStatus(long slot, String status) {
            portal.context()
                    .getBean(Jdbi.class)
                    .useHandle(h -> h.createUpdate("update slot set status = :status where id = :id")
                            .bind("status", status)
                            .bind("id", slot)
                            .execute());
        }

        private List<FreeSlots.FreeSlot> freeTimes() {
            Instant now = clock.instant();
            LocalDate today = London.clinicDay(now);
            return portal.context()
                    .getBean(FreeSlots.class)
                    .at(
                            request,
                            SITE,
                            SlotSearch.of(request, today, TimeBands.any()),
                            now.plus(WhereSearch.MINIMUM_NOTICE),
                            now.plus(WhereSearch.HORIZON));
        }
    }
}
