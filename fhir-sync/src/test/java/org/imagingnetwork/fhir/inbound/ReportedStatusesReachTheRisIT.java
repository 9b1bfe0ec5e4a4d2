package org.imagingnetwork.fhir.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Slot;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.fhir.mapping.FhirSystems;
import org.imagingnetwork.fhir.relay.OutboxRelay;
import org.imagingnetwork.fhir.relay.RelaySettings;
import org.imagingnetwork.fhir.security.BearerTokens;
import org.imagingnetwork.fhir.simulator.RisSimulator;
import org.imagingnetwork.fhir.simulator.RisStore;
import org.imagingnetwork.fhir.support.PlatformFixture;
import org.imagingnetwork.fhir.support.RisMirror;
import org.imagingnetwork.fhir.support.SyncBookings;
import org.imagingnetwork.fhir.support.SyncDatabase;
import org.imagingnetwork.fhir.support.SyncNetwork;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Closing the loop: what one trust's RIS reports about an appointment (arrived, fulfilled, no-show)
 * reaches the RIS at the appointment's site through the relay, each step in order, and a no-show
 * frees the slot there.
 */
class ReportedStatusesReachTheRisIT {

    private static final String SITE_TRUST = "ZR1";
    private static final String REFERRER = "ZR2";
    private static final String SITE_TOKEN = "zr1-token-0123456789";
    private static final String REFERRER_TOKEN = "zr2-token-0123456789";
    private static final FhirContext FHIR = FhirContext.forR4();
    private static final Clock CLOCK = Clock.systemUTC();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static RisSimulator simulator;
    private static Jdbi jdbi;
    private static SyncNetwork network;
    private static PlatformFixture platform;
    private static BookingService bookings;
    private static OutboxRelay relay;

    @BeforeAll
    static void start() {
        simulator = RisSimulator.start("127.0.0.1", 0, List.of(SITE_TRUST, REFERRER), FHIR, CLOCK);
        jdbi = SyncDatabase.get().jdbi();
        network = SyncNetwork.create(
                jdbi, Map.of(SITE_TRUST, simulator.baseUrl(SITE_TRUST), REFERRER, simulator.baseUrl(REFERRER)), 10);
        platform = PlatformFixture.host(
                "/fhir/ris",
                InboundEndpoint.server(
                        PlatformFixture.requestService(jdbi, CLOCK),
                        jdbi,
                        BearerTokens.of(
                                Map.of(new OdsCode(SITE_TRUST), SITE_TOKEN, new OdsCode(REFERRER), REFERRER_TOKEN)),
                        CLOCK),
                InboundEndpoint::mount);
        bookings = SyncBookings.service(jdbi, CLOCK);
        relay = new OutboxRelay(
                jdbi, FHIR, RelaySettings.defaults().withWorkers(2).withPolling(8, Duration.ofMillis(20)), CLOCK);
        relay.start();
    }

    @AfterAll
    static void stop() throws Exception {
        relay.close();
        platform.close();
        simulator.close();
    }

    @Test
    void statusesReportedByTheRisReachTheSiteRisInOrderAndANoShowFreesTheSlot() throws Exception {
        SlotId attendedSlot = network.slots(SITE_TRUST).get(0);
        SlotId missedSlot = network.slots(SITE_TRUST).get(1);
        SlotId crossTrustSlot = network.slots(SITE_TRUST).get(2);
        UUID attended = book(network.waitingRequests(SITE_TRUST, 1).get(0), attendedSlot);
        UUID missed = book(network.waitingRequests(SITE_TRUST, 1).get(0), missedSlot);
        // Referred by the other trust, seen at this one's site: the referrer reports, the site's RIS hears.
        UUID crossTrust = book(network.waitingRequests(REFERRER, 1).get(0), crossTrustSlot);
        awaitDelivered();

        assertThat(put(attended, "arrived", SITE_TOKEN)).isEqualTo(200);
        assertThat(put(attended, "arrived", SITE_TOKEN)).as("a repeat").isEqualTo(200);
        assertThat(put(attended, "fulfilled", SITE_TOKEN)).isEqualTo(200);
        assertThat(put(missed, "noshow", SITE_TOKEN)).isEqualTo(200);
        assertThat(put(crossTrust, "arrived", REFERRER_TOKEN)).isEqualTo(200);
        awaitDelivered();

        RisStore site = simulator.store(SITE_TRUST);
        assertThat(statusHistory(site, attended)).containsExactly("booked", "arrived", "fulfilled");
        assertThat(statusHistory(site, missed)).containsExactly("booked", "noshow");
        assertThat(statusHistory(site, crossTrust)).containsExactly("booked", "arrived");
        assertThat(slotStatus(site, attendedSlot)).isEqualTo("busy");
        assertThat(slotStatus(site, missedSlot)).isEqualTo("free");
        assertThat(simulator.store(REFERRER).search("Appointment", r -> true))
                .as("the referrer's RIS holds no appointment at another trust's site")
                .isEmpty();
        RisMirror.assertMirrors(jdbi, SITE_TRUST, site);
    }

    @Test
    void aRepeatedOrRefusedStatusQueuesNothing() throws Exception {
        UUID appointment = book(
                network.waitingRequests(SITE_TRUST, 1).get(0),
                network.slots(SITE_TRUST).get(3));
        assertThat(put(appointment, "noshow", SITE_TOKEN)).isEqualTo(200);
        long queued = statusRows(appointment);

        assertThat(put(appointment, "noshow", SITE_TOKEN)).isEqualTo(200);
        assertThat(put(appointment, "arrived", SITE_TOKEN))
                .as("a no-show cannot arrive")
                .isEqualTo(422);

        assertThat(queued).isEqualTo(1);
        assertThat(statusRows(appointment)).isEqualTo(1);
    }

    private static UUID book(RequestId request, SlotId slot) {
        BookingOutcome outcome = bookings.book(new Book(request, slot, Actor.staff("status-test"), Optional.empty()));
        assertThat(outcome).isInstanceOf(BookingOutcome.Booked.class);
        return ((BookingOutcome.Booked) outcome).appointment().id().value();
    }

    private static int put(UUID appointment, String status, String token) throws Exception {
        String body = """
                {"resourceType":"Appointment","id":"%s","status":"%s","participant":[{"status":"accepted"}]}""".formatted(appointment, status);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(platform.base("/fhir/ris") + "/Appointment/" + appointment))
                .header("Content-Type", "application/fhir+json")
                .header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static List<String> statusHistory(RisStore ris, UUID appointment) {
        List<Resource> held = ris.byIdentifier(
                "Appointment",
                new Identifier().setSystem(FhirSystems.APPOINTMENT).setValue(appointment.toString()));
        assertThat(held).hasSize(1);
        return ris.history("Appointment", held.get(0).getIdPart()).stream()
                .map(version -> ((Appointment) version).getStatus().toCode())
                .toList();
    }

    private static String slotStatus(RisStore ris, SlotId slot) {
        List<Resource> held = ris.byIdentifier(
                "Slot", new Identifier().setSystem(FhirSystems.SLOT).setValue(String.valueOf(slot.value())));
        assertThat(held).hasSize(1);
        return ((Slot) held.get(0)).getStatus().toCode();
    }

    private static long statusRows(UUID appointment) {
        return jdbi.withHandle(
                h -> h.createQuery("select count(*) from outbox where appointment_id = :id and change = 'STATUS'")
                        .bind("id", appointment)
                        .mapTo(Long.class)
                        .one());
    }

    private static void awaitDelivered() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            long pending = jdbi.withHandle(h -> h.createQuery(
                            "select count(*) from outbox where status <> 'DELIVERED' and trust_ods_code in (:a, :b)")
                    .bind("a", SITE_TRUST)
                    .bind("b", REFERRER)
                    .mapTo(Long.class)
                    .one());
            if (pending == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the outbox of " + SITE_TRUST + " and " + REFERRER + " was not delivered in 30 s");
    }
}
