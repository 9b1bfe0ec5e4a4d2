package org.imagingnetwork.fhir.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.fhir.support.SyncBookings;
import org.imagingnetwork.fhir.support.SyncDatabase;
import org.imagingnetwork.fhir.support.SyncNetwork;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Delivered outbox rows are deleted once past the retention period; nothing else is, nor a rejection's row. */
class DeliveredRetentionIT {

    private static final String TRUST = "ZH1";
    private static final Clock CLOCK = Clock.systemUTC();

    @Test
    void deletesOnlyRowsDeliveredBeforeTheRetentionPeriodInBatches() {
        Jdbi jdbi = SyncDatabase.get().jdbi();
        SyncNetwork network = SyncNetwork.create(jdbi, Map.of(TRUST, URI.create("http://127.0.0.1:9/fhir")), 30);
        BookingService bookings = SyncBookings.service(jdbi, CLOCK);
        List<RequestId> requests = network.waitingRequests(TRUST, 30);
        List<SlotId> slots = network.slots(TRUST);
        Instant now = CLOCK.instant();

        bookAll(bookings, requests.subList(0, 10), slots.subList(0, 10));
        DeliveredHistory.write(jdbi, TRUST, 500, now.minus(Duration.ofDays(40)));
        jdbi.useHandle(h -> h.execute("""
                update outbox set status = 'FAILED', last_error = 'parked for staff'
                where id = (select min(id) from outbox where trust_ods_code = ?)""", TRUST));
        jdbi.useHandle(h -> h.execute("""
                insert into outbox (request_id, owner_ods_code, trust_ods_code, change, created_at, status, attempts,
                                    next_attempt_at, delivered_at)
                values (?, ?, ?, 'REFERRAL_REJECTED', now() - interval '90 days', 'DELIVERED', 1,
                        now() - interval '90 days', now() - interval '90 days')""", requests.get(29).value(), TRUST, TRUST));
        bookAll(bookings, requests.subList(10, 15), slots.subList(10, 15));
        DeliveredHistory.write(jdbi, TRUST, 506, now.minus(Duration.ofDays(29)));
        bookAll(bookings, requests.subList(15, 18), slots.subList(15, 18));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();

        int deleted = new DeliveredRetention(jdbi, Duration.ofDays(30), 64, CLOCK, meters).purge();

        assertThat(deleted).isEqualTo(499);
        assertThat(meters.get("outbox.delivered.deleted").counter().count()).isEqualTo(499.0);
        // The rejection told to the referrer stays, however old: it is the request's record of it.
        assertThat(statuses(jdbi)).containsExactly("DELIVERED:6", "FAILED:1", "PENDING:3");
    }

    @Test
    void aRetentionThatKeepsNothingIsRefused() {
        assertThatThrownBy(() -> new DeliveredRetention(
                        SyncDatabase.get().jdbi(), Duration.ZERO, 64, CLOCK, new SimpleMeterRegistry()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("retention");
    }

    private static List<String> statuses(Jdbi jdbi) {
        return jdbi.withHandle(
                h -> h.createQuery("""
                        select status || ':' || count(*) from outbox where trust_ods_code = :trust
                        group by status order by status""").bind("trust", TRUST).mapTo(String.class).list());
    }

    private static void bookAll(BookingService bookings, List<RequestId> requests, List<SlotId> slots) {
        for (int i = 0; i < requests.size(); i++) {
            BookingOutcome outcome = bookings.book(
                    new Book(requests.get(i), slots.get(i), Actor.staff("retention-test"), Optional.empty()));
            assertThat(outcome).isInstanceOf(BookingOutcome.Booked.class);
        }
    }
}
