package org.imagingnetwork.core.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.JdbiOfferBook;
import org.imagingnetwork.core.support.CoreDatabase;
import org.imagingnetwork.core.support.DiaryFixture;
import org.imagingnetwork.core.time.London;
import org.junit.jupiter.api.Test;

class OfferBookIT {

    private static final Instant NOW = Instant.parse("2031-03-01T09:00:00Z");
    private final Database database = CoreDatabase.get();
    private final DiaryFixture fixture = new DiaryFixture(database.jdbi());
    private final OfferBook offers = new JdbiOfferBook(database.jdbi());

    @Test
    void offersFreeSlotsToWaitingRequestsAndRefusesASecondOpenOfferForEither() {
        DiaryFixture.Diary diary = fixture.ctDiary(London.moment(LocalDate.of(2031, 3, 10), LocalTime.of(9, 0)), 3);
        List<DiaryFixture.Waiting> waiting = fixture.waitingRequests(diary.trust(), DiaryFixture.CT_HEAD, 3);

        List<OfferOutcome> first = offers.publish(
                List.of(
                        new NewOffer(waiting.get(0).request(), diary.slots().get(0)),
                        new NewOffer(waiting.get(1).request(), diary.slots().get(1))),
                "staff:manager",
                "run:test",
                NOW,
                Duration.ofDays(3));
        List<OfferOutcome> second = offers.publish(
                List.of(
                        new NewOffer(waiting.get(0).request(), diary.slots().get(2)),
                        new NewOffer(waiting.get(2).request(), diary.slots().get(1))),
                "staff:manager",
                "run:test",
                NOW,
                Duration.ofDays(3));

        assertThat(first).allMatch(OfferOutcome.Offered.class::isInstance);
        assertThat(second)
                .containsExactly(
                        new OfferOutcome.RequestNotWaiting(waiting.get(0).request()),
                        new OfferOutcome.SlotNotFree(diary.slots().get(1)));
        List<Offer> made = offers.ofRequest(waiting.get(0).request());
        assertThat(made).singleElement().satisfies(offer -> {
            assertThat(offer.status()).isEqualTo(OfferStatus.OPEN);
            assertThat(offer.slot()).isEqualTo(diary.slots().get(0));
            assertThat(offer.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(3)));
            assertThat(offer.source()).contains("run:test");
        });
    }

    @Test
    void twoPublishersRacingForOneSlotOfferItOnce() throws Exception {
        DiaryFixture.Diary diary = fixture.ctDiary(London.moment(LocalDate.of(2031, 3, 11), LocalTime.of(9, 0)), 1);
        List<DiaryFixture.Waiting> waiting = fixture.waitingRequests(diary.trust(), DiaryFixture.CT_HEAD, 8);
        OfferBook otherInstance;
        List<OfferOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        try (Database second = Database.connect(CoreDatabase.settings())) {
            otherInstance = new JdbiOfferBook(second.jdbi());
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                OfferBook book = i % 2 == 0 ? offers : otherInstance;
                DiaryFixture.Waiting patient = waiting.get(i);
                futures.add(pool.submit(() -> {
                    go.await();
                    outcomes.addAll(book.publish(
                            List.of(new NewOffer(
                                    patient.request(), diary.slots().get(0))),
                            "staff:a",
                            "run:race",
                            NOW,
                            Duration.ofDays(1)));
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
            pool.shutdown();
        }
        assertThat(outcomes).hasSize(8);
        assertThat(outcomes).filteredOn(OfferOutcome.Offered.class::isInstance).hasSize(1);
        assertThat(outcomes)
                .filteredOn(OfferOutcome.SlotNotFree.class::isInstance)
                .hasSize(7);
    }
}
