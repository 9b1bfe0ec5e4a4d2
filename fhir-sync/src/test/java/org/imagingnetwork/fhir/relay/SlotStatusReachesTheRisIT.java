package org.imagingnetwork.fhir.relay;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Slot;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.diary.BlockSlot;
import org.imagingnetwork.core.diary.DiaryChanges;
import org.imagingnetwork.core.diary.DiaryOutcome;
import org.imagingnetwork.core.diary.ReleaseSlot;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.jdbc.JdbiDiaryStore;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.redis.RedisClients;
import org.imagingnetwork.core.redis.RedisSettings;
import org.imagingnetwork.core.redis.RedisSlotChangeNotifier;
import org.imagingnetwork.fhir.mapping.FhirSystems;
import org.imagingnetwork.fhir.mapping.SyncSequence;
import org.imagingnetwork.fhir.simulator.RisSimulator;
import org.imagingnetwork.fhir.simulator.RisStore;
import org.imagingnetwork.fhir.support.OutboxDrain;
import org.imagingnetwork.fhir.support.RisMirror;
import org.imagingnetwork.fhir.support.SyncBookings;
import org.imagingnetwork.fhir.support.SyncDatabase;
import org.imagingnetwork.fhir.support.SyncNetwork;
import org.imagingnetwork.testsupport.TestRedis;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Staff blocking and releasing slots reaches the trust's RIS through the relay: the RIS's Slot goes
 * busy-unavailable and back to free (or busy, with its patient still in it), in order, once each,
 * however long the RIS was down.
 */
class SlotStatusReachesTheRisIT {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static final Clock CLOCK = Clock.systemUTC();
    private static final String TRUST = "ZD1";
    private static final StaffActor CLERK = new StaffActor("diary-test", "BOOKINGS_CLERK", new OdsCode(TRUST));

    private static RisSimulator simulator;
    private static Jdbi jdbi;
    private static BookingService bookings;
    private static DiaryChanges diary;

    @BeforeAll
    static void start() {
        simulator = RisSimulator.start("127.0.0.1", 0, List.of(TRUST), FHIR, CLOCK);
        jdbi = SyncDatabase.get().jdbi();
        bookings = SyncBookings.service(jdbi, CLOCK);
        RedisSettings redis =
                RedisSettings.of(TestRedis.get().uri(), TestRedis.get().keyPrefix());
        diary = new DiaryChanges(
                new JdbiDiaryStore(jdbi, CLOCK), new RedisSlotChangeNotifier(RedisClients.pooled(redis), redis), CLOCK);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void blockedSlotsAreBusyUnavailableInTheRisAndFreeOrBusyAgainOnceReleased() throws Exception {
        SyncNetwork network = SyncNetwork.create(jdbi, Map.of(TRUST, simulator.baseUrl(TRUST)), 3);
        SlotId booked = network.slots(TRUST).get(0);
        SlotId free = network.slots(TRUST).get(1);
        SlotId later = network.slots(TRUST).get(2);
        var outcome = bookings.book(new Book(
                network.waitingRequests(TRUST, 1).get(0), booked, Actor.staff("diary-test"), Optional.empty()));
        assertThat(outcome).isInstanceOf(BookingOutcome.Booked.class);
        RisStore ris = simulator.store(TRUST);

        try (OutboxRelay relay = new OutboxRelay(jdbi, FHIR, RelayUnderFaultsIT.testSettings(), CLOCK)) {
            relay.start();
            changed(diary.blockSlot(new BlockSlot(free, "Scanner fault", CLERK)));
            changed(diary.blockSlot(new BlockSlot(booked, "Scanner fault", CLERK)));
            OutboxDrain.awaitEmptyOutbox(jdbi, Duration.ofSeconds(30), TRUST);

            assertThat(statusInRis(ris, free)).isEqualTo("busy-unavailable");
            assertThat(statusInRis(ris, booked))
                    .as("blocked, though its patient is still booked")
                    .isEqualTo("busy-unavailable");
            RisMirror.assertMirrors(jdbi, TRUST, ris);

            changed(diary.releaseSlot(new ReleaseSlot(free, "Engineer fixed it", CLERK)));
            changed(diary.releaseSlot(new ReleaseSlot(booked, "Engineer fixed it", CLERK)));
            OutboxDrain.awaitEmptyOutbox(jdbi, Duration.ofSeconds(30), TRUST);

            assertThat(statusInRis(ris, free)).isEqualTo("free");
            assertThat(statusInRis(ris, booked)).isEqualTo("busy");
            assertThat(historyInRis(ris, free))
                    .as("each change of the slot once, in order")
                    .containsExactly("busy-unavailable", "free");
            RisMirror.assertMirrors(jdbi, TRUST, ris);

            simulator.faults(TRUST).down(true);
            changed(diary.blockSlot(new BlockSlot(later, "Room closed for cleaning", CLERK)));
            awaitAttempts(later, 2);
            assertThat(ris.byIdentifier("Slot", identifier(later)))
                    .as("nothing reached a RIS that is down")
                    .isEmpty();
            simulator.faults(TRUST).clear();
            OutboxDrain.awaitEmptyOutbox(jdbi, Duration.ofSeconds(30), TRUST);

            assertThat(statusInRis(ris, later)).isEqualTo("busy-unavailable");
            assertThat(historyInRis(ris, later)).as("delivered once").containsExactly("busy-unavailable");
            RisMirror.assertMirrors(jdbi, TRUST, ris);
        }
    }

    private static void changed(DiaryOutcome outcome) {
        assertThat(outcome).isInstanceOf(DiaryOutcome.Changed.class);
    }

    private static String statusInRis(RisStore ris, SlotId slot) {
        List<Resource> held = ris.byIdentifier("Slot", identifier(slot));
        assertThat(held).as("one copy of slot " + slot).hasSize(1);
        return ((Slot) held.get(0)).getStatus().toCode();
    }

    /** The statuses the RIS's Slot went through, oldest first, checking each came from a later change. */
    private static List<String> historyInRis(RisStore ris, SlotId slot) {
        List<Resource> versions = ris.history(
                "Slot", ris.byIdentifier("Slot", identifier(slot)).get(0).getIdPart());
        List<Long> sequences = versions.stream()
                .map(version -> SyncSequence.of(version).getAsLong())
                .toList();
        assertThat(sequences).isSorted().doesNotHaveDuplicates();
        return versions.stream().map(v -> ((Slot) v).getStatus().toCode()).toList();
    }

    private static Identifier identifier(SlotId slot) {
        return new Identifier().setSystem(FhirSystems.SLOT).setValue(slot.toString());
    }

    /** Waits until the slot's pending change has been tried at least {@code count} times. */
    private static void awaitAttempts(SlotId slot, int count) throws InterruptedException {
        for (int i = 0; i < 150 && attempts(slot) < count; i++) {
            Thread.sleep(100);
        }
        assertThat(attempts(slot)).as("tries while the RIS is down").isGreaterThanOrEqualTo(count);
    }

    private static int attempts(SlotId slot) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select coalesce(max(attempts), 0) from outbox where slot_id = :slot and status = 'PENDING'
                        """)
                .bind("slot", slot.value())
                .mapTo(Integer.class)
                .one());
    }
}
