package org.imagingnetwork.portal.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Cancel;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.portal.support.Journeys;
import org.imagingnetwork.portal.support.PortalClient;
import org.imagingnetwork.portal.support.PortalFixture;
import org.imagingnetwork.portal.support.PortalServer;
import org.junit.jupiter.api.Test;

/**
 * Fifty patients accept the same released slot at the same moment, half of them through a second
 * app instance over the same database: one booking, 49 clean "gone" pages.
 */
class ReleasedSlotRaceIT {

    private static final int PATIENTS = 50;

    @Test
    void fiftyPatientsAcceptTheSameOfferAtOnce() throws Exception {
        PortalServer portal = PortalServer.start(Map.of("portal.offers.fan-out", PATIENTS));
        try {
            PortalFixture fixture = portal.fixture();
            long slot = fixture.freeSlot("ZP2AA-MR1", Duration.ofDays(3));
            List<PortalFixture.Patient> patients = new ArrayList<>();
            List<Long> requests = new ArrayList<>();
            for (int i = 0; i < PATIENTS; i++) {
                PortalFixture.Patient patient = fixture.adult();
                long request = fixture.waitingRequest(patient, PortalFixture.MRI_BRAIN);
                fixture.shortNotice(request, 24);
                // Ahead of any short-notice patients other tests left in the shared database.
                fixture.priority(request, "URGENT", 200);
                patients.add(patient);
                requests.add(request);
            }
            // Someone books the slot and cancels it: the release reaches the offer engine.
            PortalFixture.Patient canceller = fixture.adult();
            long cancellersRequest = fixture.waitingRequest(canceller, PortalFixture.MRI_BRAIN);
            BookingService bookings = portal.context().getBean(BookingService.class);
            Actor actor = Actor.patient(new PatientId(canceller.id()));
            BookingOutcome booked = bookings.book(
                    new Book(new RequestId(cancellersRequest), new SlotId(slot), actor, Optional.empty()));
            assertThat(booked).isInstanceOf(BookingOutcome.Booked.class);
            bookings.cancel(new Cancel(
                    ((BookingOutcome.Booked) booked).appointment().id(), actor, "Patient: cannotAttend", true));
            List<Map<String, Object>> offers = waitForOffers(fixture, slot, PATIENTS);
            assertThat(offers).hasSize(PATIENTS);

            // Each patient signs in and opens their offer, every other one on a second instance.
            PortalServer second = PortalServer.get();
            List<PortalClient> clients = new ArrayList<>();
            List<String> offerIds = new ArrayList<>();
            for (int i = 0; i < PATIENTS; i++) {
                long request = requests.get(i);
                String offer = offers.stream()
                        .filter(o -> ((Number) o.get("request_id")).longValue() == request)
                        .map(o -> o.get("id").toString())
                        .findFirst()
                        .orElseThrow();
                PortalClient client = Journeys.signedIn(i % 2 == 0 ? portal : second, patients.get(i));
                assertThat(client.get("/offers/" + offer).statusCode()).isEqualTo(200);
                clients.add(client);
                offerIds.add(offer);
            }

            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(PATIENTS);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < PATIENTS; i++) {
                PortalClient client = clients.get(i);
                String offer = offerIds.get(i);
                answers.add(pool.submit(() -> {
                    go.await();
                    return client.submit("/offers/" + offer + "/accept", Map.of());
                }));
            }
            go.countDown();
            int booked303 = 0;
            int gone = 0;
            for (int i = 0; i < PATIENTS; i++) {
                HttpResponse<String> response = answers.get(i).get();
                String location = response.headers().firstValue("Location").orElse("");
                assertThat(response.statusCode()).isEqualTo(303);
                if (location.endsWith("booked?sent=TEXT")) {
                    booked303++;
                } else {
                    // Post/redirect/get: the loser is sent back to the offer, which now says it has gone.
                    assertThat(location).endsWith("/offers/" + offerIds.get(i));
                    HttpResponse<String> page = clients.get(i).get(location);
                    assertThat(page.statusCode()).isEqualTo(410);
                    assertThat(page.body())
                            .contains("Sorry, this appointment has gone")
                            .contains("you keep your place");
                    gone++;
                }
            }
            pool.shutdown();
            assertThat(booked303).isEqualTo(1);
            assertThat(gone).isEqualTo(PATIENTS - 1);
            assertThat(fixture.liveAppointmentsOnSlot(slot)).isEqualTo(1);
            assertThat(requests.stream()
                            .filter(r -> fixture.requestState(r).equals("APPOINTED"))
                            .count())
                    .isEqualTo(1);
            assertThat(requests.stream()
                            .filter(r -> fixture.requestState(r).equals("WAITING"))
                            .count())
                    .isEqualTo(PATIENTS - 1);
            assertThat(fixture.offersOf(slot).stream()
                            .filter(o -> o.get("status").equals("ACCEPTED"))
                            .count())
                    .isEqualTo(1);
            assertThat(fixture.offersOf(slot).stream()
                            .filter(o -> o.get("status").equals("GONE"))
                            .count())
                    .isEqualTo(PATIENTS - 1);
        } finally {
            portal.stop();
        }
    }

    static List<Map<String, Object>> waitForOffers(PortalFixture fixture, long slot, int count)
            throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<Map<String, Object>> offers = fixture.offersOf(slot);
            if (offers.size() >= count) {
                return offers;
            }
            Thread.sleep(100);
        }
        return fixture.offersOf(slot);
    }

    static UUID uuid(Object value) {
        return UUID.fromString(value.toString());
    }
}
