package org.imagingnetwork.fhir.relay;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.audit.AuditActions;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Cancel;
import org.imagingnetwork.core.jdbc.JdbiParkedWrites;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.outbox.OutboxChange;
import org.imagingnetwork.core.outbox.ParkedWrite;
import org.imagingnetwork.core.outbox.ParkedWrites;
import org.imagingnetwork.fhir.simulator.RisSimulator;
import org.imagingnetwork.fhir.support.OutboxDrain;
import org.imagingnetwork.fhir.support.RisMirror;
import org.imagingnetwork.fhir.support.SyncBookings;
import org.imagingnetwork.fhir.support.SyncDatabase;
import org.imagingnetwork.fhir.support.SyncNetwork;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the relay cannot deliver is parked for staff, holds back later changes, and is retryable. */
class ParkedChangesIT {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static final Clock CLOCK = Clock.systemUTC();
    private static final Actor STAFF = Actor.staff("parking-test");
    private static final List<OdsCode> ZP1 = List.of(new OdsCode("ZP1"));
    private static final StaffActor JSMITH = new StaffActor("jsmith", "NETWORK_ADMINISTRATOR", new OdsCode("Y60"));

    private static RisSimulator simulator;
    private static Jdbi jdbi;
    private static BookingService bookings;

    @BeforeAll
    static void start() {
        simulator = RisSimulator.start("127.0.0.1", 0, List.of("ZP1", "ZP2"), FHIR, CLOCK);
        jdbi = SyncDatabase.get().jdbi();
        bookings = SyncBookings.service(jdbi, CLOCK);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void parksAfterTheLimitKeepsLaterChangesBackAndDeliversAllOnRetry() throws InterruptedException {
        SyncNetwork network =
                SyncNetwork.create(jdbi, Map.of("ZP1", simulator.baseUrl("ZP1"), "ZP2", simulator.baseUrl("ZP2")), 10);
        simulator.faults("ZP1").serverErrors(1.0);
        RelaySettings settings = RelayUnderFaultsIT.testSettings()
                .withRetries(3, Duration.ofMillis(10), Duration.ofMillis(20))
                .withBreaker(1_000, Duration.ofMillis(10));
        ParkedWrites parked = new JdbiParkedWrites(jdbi, CLOCK);

        AppointmentId appointment = book(network, "ZP1");
        AppointmentId healthy = book(network, "ZP2");
        try (OutboxRelay relay = new OutboxRelay(jdbi, FHIR, settings, CLOCK)) {
            relay.start();
            awaitParked(parked, 1);
            bookings.cancel(new Cancel(appointment, STAFF, "Patient unwell", true));
            Thread.sleep(500);

            List<ParkedWrite> list = parked.parked(ZP1, 100);
            assertThat(list).singleElement().satisfies(row -> {
                assertThat(row.appointment()).contains(appointment);
                assertThat(row.change()).isEqualTo(OutboxChange.BOOKED);
                assertThat(row.attempts()).isEqualTo(3);
                assertThat(row.lastError())
                        .hasValueSatisfying(e -> assertThat(e).contains("500"));
            });
            assertThat(statusOfRows(appointment))
                    .as("the cancellation waits behind the parked booking")
                    .containsExactly("FAILED", "PENDING");
            assertThat(simulator.store("ZP1").search("Appointment", r -> true)).isEmpty();
            assertThat(simulator.store("ZP2").search("Appointment", r -> true))
                    .as("other trusts unaffected")
                    .hasSize(1);

            simulator.faults("ZP1").clear();
            long rowId = list.get(0).id();
            assertThat(parked.retry(rowId, ZP1, JSMITH)).isTrue();
            assertThat(parked.retry(rowId, ZP1, JSMITH))
                    .as("only a parked row can be retried")
                    .isFalse();
            OutboxDrain.awaitEmptyOutbox(jdbi, Duration.ofSeconds(30), "ZP1", "ZP2");
        }

        assertThat(statusOfRows(appointment)).containsExactly("DELIVERED", "DELIVERED");
        assertThat(parked.parked(ZP1, 100)).isEmpty();
        RisMirror.assertMirrors(jdbi, "ZP1", simulator.store("ZP1"));
        RisMirror.assertMirrors(jdbi, "ZP2", simulator.store("ZP2"));
        assertThat(healthy).isNotNull();
        long audited = jdbi.withHandle(
                h -> h.createQuery("select count(*) from audit_log where action = :action and actor = 'staff:jsmith'")
                        .bind("action", AuditActions.RIS_DELIVERY_RETRIED)
                        .mapTo(Long.class)
                        .one());
        assertThat(audited).isEqualTo(1);
    }

    private AppointmentId book(SyncNetwork network, String trust) {
        var request = network.waitingRequests(trust, 1).get(0);
        var slot = network.slots(trust).get(0);
        var outcome = bookings.book(new Book(request, slot, STAFF, Optional.empty()));
        return ((BookingOutcome.Booked) outcome).appointment().id();
    }

    private List<String> statusOfRows(AppointmentId appointment) {
        return jdbi.withHandle(h -> h.createQuery("select status from outbox where appointment_id = :id order by id")
                .bind("id", appointment.value())
                .mapTo(String.class)
                .list());
    }

    private static void awaitParked(ParkedWrites parked, int count) throws InterruptedException {
        for (int i = 0; i < 100 && parked.parked(ZP1, 100).size() < count; i++) {
            Thread.sleep(100);
        }
        assertThat(parked.parked(ZP1, 100)).hasSizeGreaterThanOrEqualTo(count);
    }
}
