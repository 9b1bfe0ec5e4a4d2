package org.imagingnetwork.fhir.relay;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.fhir.simulator.RisSimulator;
import org.imagingnetwork.fhir.support.OutboxDrain;
import org.imagingnetwork.fhir.support.RisMirror;
import org.imagingnetwork.fhir.support.SyncBookings;
import org.imagingnetwork.fhir.support.SyncDatabase;
import org.imagingnetwork.fhir.support.SyncNetwork;
import org.imagingnetwork.testsupport.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relay leases the rows it claims and writes to the RIS with no database transaction open: a
 * slow RIS costs the database nothing, and a lease that ran out lets another relay take the rows
 * while the late relay's outcome is ignored.
 */
class RelayLeaseIT {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static final Clock CLOCK = Clock.systemUTC();
    private static final String SLOW = "ZL1";
    private static final String QUIET = "ZL2";
    private static final String BACKLOG = "ZL3";
    private static final String RELAY_APPLICATION = "relay-lease-it";

    private static RisSimulator simulator;
    private static Jdbi jdbi;
    private static SyncNetwork network;
    private static BookingService bookings;

    @BeforeAll
    static void start() {
        simulator = RisSimulator.start("127.0.0.1", 0, List.of(SLOW, QUIET, BACKLOG), FHIR, CLOCK);
        jdbi = SyncDatabase.get().jdbi();
        network = SyncNetwork.create(
                jdbi,
                Map.of(
                        SLOW,
                        simulator.baseUrl(SLOW),
                        QUIET,
                        simulator.baseUrl(QUIET),
                        BACKLOG,
                        simulator.baseUrl(BACKLOG)),
                20);
        bookings = SyncBookings.service(jdbi, CLOCK);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void writesToASlowRisHoldNoDatabaseTransactionOpen() throws Exception {
        book(SLOW, 12);
        simulator.faults(SLOW).slow(Duration.ofMillis(400));
        String url = TestDatabase.get().jdbcUrl();
        String named = url + (url.contains("?") ? "&" : "?") + "ApplicationName=" + RELAY_APPLICATION;
        long openTransactionsSeen = 0;
        long leasedRowsSeen = 0;
        try (Database relayPool = Database.connect(DatabaseSettings.of(named).withPoolSize(4));
                OutboxRelay relay = new OutboxRelay(
                        relayPool.jdbi(),
                        FHIR,
                        RelayUnderFaultsIT.testSettings().withWorkers(2),
                        CLOCK)) {
            relay.start();
            for (int sample = 0; sample < 20; sample++) {
                Thread.sleep(100);
                openTransactionsSeen += count("""
                        select count(*) from pg_stat_activity
                        where datname = current_database() and application_name = '%s'
                          and state in ('idle in transaction', 'idle in transaction (aborted)')""".formatted(RELAY_APPLICATION));
                leasedRowsSeen += count(
                        "select count(*) from outbox where trust_ods_code = '" + SLOW + "' and lease is not null");
            }
            simulator.faults(SLOW).clear();
            OutboxDrain.awaitEmptyOutbox(jdbi, Duration.ofSeconds(30), SLOW);
        }

        assertThat(openTransactionsSeen)
                .as("no relay connection sat in an open transaction while the RIS answered")
                .isZero();
        assertThat(leasedRowsSeen)
                .as("rows were leased while their writes were in flight")
                .isPositive();
        assertThat(count("select count(*) from outbox where lease is not null and trust_ods_code = '" + SLOW + "'"))
                .as("every lease ended with its outcome")
                .isZero();
        RisMirror.assertMirrors(jdbi, SLOW, simulator.store(SLOW));
    }

    @Test
    void aRowWhoseLeaseRanOutIsTakenUpAgainAndTheLateOutcomeIsIgnored() throws Exception {
        book(QUIET, 1);
        OutboxRepository outbox = new OutboxRepository(jdbi);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Instant now = CLOCK.instant();

        List<OutboxRow> claimed = claim(outbox, first, Duration.ofMillis(300), now);
        List<OutboxRow> whileLeased = claim(outbox, second, Duration.ofMinutes(1), now);
        Thread.sleep(400);
        List<OutboxRow> afterLease = claim(outbox, second, Duration.ofMinutes(1), now);
        int lateOutcome = jdbi.inTransaction(
                h -> outbox.settle(h, first, List.of(new Settled.Delivered(claimed.get(0))), CLOCK.instant()));
        int currentOutcome = jdbi.inTransaction(h -> outbox.settle(
                h, second, List.of(new Settled.DueAgain(afterLease.get(0), now, "RIS answered 503")), CLOCK.instant()));

        assertThat(claimed).hasSize(1);
        assertThat(whileLeased).as("a leased row is nobody else's").isEmpty();
        assertThat(afterLease)
                .extracting(OutboxRow::id)
                .containsExactly(claimed.get(0).id());
        assertThat(lateOutcome)
                .as("the relay whose lease ran out records nothing")
                .isZero();
        assertThat(currentOutcome).isEqualTo(1);
        String row = jdbi.withHandle(h -> h.createQuery(
                        "select status || ' ' || attempts || ' ' || coalesce(lease::text, 'no lease') from outbox where id = :id")
                .bind("id", claimed.get(0).id())
                .mapTo(String.class)
                .one());
        assertThat(row).isEqualTo("PENDING 1 no lease");
        jdbi.useHandle(h -> h.execute("update outbox set status = 'DELIVERED' where trust_ods_code = ?", QUIET));
    }

    @Test
    void underABacklogTheNextBatchIsLeasedWhileOneIsWrittenAndHandedBackWhenTheRelayStops() throws Exception {
        book(BACKLOG, 12);
        // Each row is two writes of 150 ms: a batch of 3 takes about a second to write.
        simulator.faults(BACKLOG).slow(Duration.ofMillis(150));
        String leased = "select count(*) from outbox where trust_ods_code = '" + BACKLOG + "' and lease is not null";
        long mostLeased = 0;
        OutboxRelay relay = new OutboxRelay(
                jdbi,
                FHIR,
                RelayUnderFaultsIT.testSettings().withWorkers(1).withPolling(3, Duration.ofMillis(20)),
                CLOCK);
        try {
            relay.start();
            for (int sample = 0; sample < 10; sample++) {
                Thread.sleep(50);
                mostLeased = Math.max(mostLeased, count(leased));
            }
        } finally {
            relay.close();
            simulator.faults(BACKLOG).clear();
        }

        assertThat(mostLeased)
                .as("while one batch of 3 was written, the next was already leased")
                .isEqualTo(6);
        assertThat(count(leased))
                .as("the batch claimed ahead was handed back when the relay stopped, not left leased")
                .isZero();
        assertThat(count("select count(*) from outbox where trust_ods_code = '" + BACKLOG
                        + "' and (status = 'DELIVERED' or status = 'PENDING' and attempts = 0)"))
                .as("every row was delivered or is due again at once with no attempt counted")
                .isEqualTo(12);
        jdbi.useHandle(h -> h.execute("update outbox set status = 'DELIVERED' where trust_ods_code = ?", BACKLOG));
    }

    /** Claims as a relay would, with every trust but the quiet one resting: other tests' rows stay theirs. */
    private static List<OutboxRow> claim(OutboxRepository outbox, UUID lease, Duration leaseFor, Instant now) {
        List<String> others = jdbi.withHandle(h -> h.createQuery("select ods_code from trust where ods_code <> :quiet")
                .bind("quiet", QUIET)
                .mapTo(String.class)
                .list());
        return jdbi.inTransaction(h -> outbox.claim(h, 10, now, others, lease, leaseFor).stream()
                .map(Delivery::row)
                .toList());
    }

    private static void book(String trust, int count) {
        var requests = network.waitingRequests(trust, count);
        int offset = (int) count("select count(*) from appointment a join slot s on s.id = a.slot_id "
                + "join room r on r.id = s.room_id where r.site_ods_code = '" + trust + "S'");
        for (int i = 0; i < count; i++) {
            bookings.book(new Book(
                    requests.get(i),
                    network.slots(trust).get(offset + i),
                    Actor.staff("lease-test"),
                    Optional.empty()));
        }
    }

    private static long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
