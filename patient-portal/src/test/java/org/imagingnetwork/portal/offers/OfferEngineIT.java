package org.imagingnetwork.portal.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Who is offered a released slot, and what happens next: priority then longest wait, a few at a
 * time, only those it suits; a patient booked later moves up and frees their own slot; lapsed
 * offers pass to the next few.
 */
class OfferEngineIT {

    @Test
    void offersGoToTheMostUrgentThenLongestWaitingWhoCanCome() throws Exception {
        PortalServer portal = PortalServer.start(Map.of("portal.offers.fan-out", 2));
        try {
            PortalFixture fixture = portal.fixture();
            long slot = fixture.freeSlot("ZP1CD-MR1", Duration.ofDays(5));
            long routineLongWait = waiting(fixture, "ROUTINE", 60, 24);
            long urgent = waiting(fixture, "URGENT", 2, 24);
            long routineShortWait = waiting(fixture, "ROUTINE", 30, 24);
            long notShortNotice = fixture.waitingRequest(fixture.adult(), PortalFixture.MRI_BRAIN);
            long needsAWeek = waiting(fixture, "URGENT", 90, 24 * 14);
            long wrongExam = fixture.waitingRequest(fixture.adult(), PortalFixture.CHEST_XRAY);
            fixture.shortNotice(wrongExam, 24);
            PortalFixture.Patient child =
                    fixture.patient("Kit", PortalServer.today().minusYears(9), "B70 9PL", "EN");
            long childAtAdultOnlySite = fixture.waitingRequest(child, PortalFixture.MRI_BRAIN);
            fixture.shortNotice(childAtAdultOnlySite, 24);
            fixture.priority(childAtAdultOnlySite, "URGENT", 100);

            release(portal, slot);
            List<Map<String, Object>> offers = ReleasedSlotRaceIT.waitForOffers(fixture, slot, 2);
            assertThat(requestIds(offers)).containsExactlyInAnyOrder(urgent, routineLongWait);
            assertThat(requestIds(offers))
                    .doesNotContain(notShortNotice, needsAWeek, wrongExam, childAtAdultOnlySite, routineShortWait);
            for (int i = 0;
                    i < 50
                            && portal.notifyStub()
                                            .mentioning("an earlier scan appointment")
                                            .size()
                                    < 2;
                    i++) {
                Thread.sleep(100); // texts go out after the offers commit
            }
            assertThat(portal.notifyStub().mentioning("an earlier scan appointment is available"))
                    .hasSizeGreaterThanOrEqualTo(2);

            // Both lapse: the sweep expires them and asks the next one.
            portal.context()
                    .getBean(Jdbi.class)
                    .useHandle(h -> h.createUpdate(
                                    "update offer set offered_at = offered_at - interval '2 hours', expires_at = now() - interval '1 minute'"
                                            + " where slot_id = :slot")
                            .bind("slot", slot)
                            .execute());
            portal.context().getBean(OfferEngine.class).sweep();
            List<Map<String, Object>> after = fixture.offersOf(slot);
            assertThat(after).filteredOn(o -> o.get("status").equals("EXPIRED")).hasSize(2);
            assertThat(after)
                    .filteredOn(o -> o.get("status").equals("OPEN"))
                    .extracting(o -> ((Number) o.get("request_id")).longValue())
                    .hasSizeLessThanOrEqualTo(2)
                    .contains(routineShortWait)
                    .doesNotContain(urgent, routineLongWait);
        } finally {
            portal.stop();
        }
    }

    @Test
    void aPatientBookedLaterMovesToTheEarlierSlotAndTheirsIsOfferedOn() throws Exception {
        PortalServer portal = PortalServer.start(Map.of("portal.offers.fan-out", 1));
        try {
            PortalFixture fixture = portal.fixture();
            PortalFixture.Patient patient = fixture.adult();
            long request = fixture.waitingRequest(patient, PortalFixture.CT_CAP);
            PortalClient client = Journeys.signedIn(portal, patient);
            long later = fixture.freeSlot("ZP1AA-CT1", Duration.ofDays(12));
            BookingService bookings = portal.context().getBean(BookingService.class);
            Actor actor = Actor.patient(new PatientId(patient.id()));
            assertThat(bookings.book(new Book(new RequestId(request), new SlotId(later), actor, Optional.empty())))
                    .isInstanceOf(BookingOutcome.Booked.class);
            client.get("/referrals/" + request + "/short-notice");
            assertThat(client.submit("/referrals/" + request + "/short-notice", Map.of("notice", "24"))
                            .statusCode())
                    .isEqualTo(303);
            long waitingForLater = waiting(fixture, "ROUTINE", 1, 24, PortalFixture.CT_CAP);

            long earlier = fixture.freeSlot("ZP1AA-CT1", Duration.ofDays(3));
            release(portal, earlier);
            List<Map<String, Object>> offers = ReleasedSlotRaceIT.waitForOffers(fixture, earlier, 1);
            assertThat(requestIds(offers)).containsExactly(request);
            String offer = offers.get(0).get("id").toString();
            HttpResponse<String> page = client.get("/offers/" + offer);
            assertThat(page.body())
                    .contains("An earlier appointment is available")
                    .contains("will be cancelled and given to someone else");
            HttpResponse<String> accepted = client.submit("/offers/" + offer + "/accept", Map.of());
            assertThat(accepted.statusCode()).isEqualTo(303);
            assertThat(fixture.liveAppointmentsOnSlot(earlier)).isEqualTo(1);
            assertThat(fixture.slotStatus(later)).isEqualTo("FREE");
            // The slot they gave up goes to the next patient who can come.
            assertThat(requestIds(ReleasedSlotRaceIT.waitForOffers(fixture, later, 1)))
                    .containsExactly(waitingForLater);
            assertThat(client.get("/offers/" + offer).statusCode())
                    .as("an answered offer has gone")
                    .isEqualTo(410);
        } finally {
            portal.stop();
        }
    }

    private static void release(PortalServer portal, long slot) {
        PortalFixture fixture = portal.fixture();
        PortalFixture.Patient someone = fixture.adult();
        long request = fixture.waitingRequest(someone, examOf(fixture, slot));
        BookingService bookings = portal.context().getBean(BookingService.class);
        Actor actor = Actor.patient(new PatientId(someone.id()));
        BookingOutcome booked =
                bookings.book(new Book(new RequestId(request), new SlotId(slot), actor, Optional.empty()));
        assertThat(booked).isInstanceOf(BookingOutcome.Booked.class);
        bookings.cancel(new Cancel(
                ((BookingOutcome.Booked) booked).appointment().id(), actor, "Patient: noLongerNeeded", false));
    }

    private static String examOf(PortalFixture fixture, long slot) {
        return fixture.slotStatus(slot).equals("FREE")
                        && fixture.freeSlotExam(slot).isPresent()
                ? fixture.freeSlotExam(slot).get()
                : PortalFixture.MRI_BRAIN;
    }

    private static long waiting(PortalFixture fixture, String priority, int daysWaiting, int noticeHours) {
        return waiting(fixture, priority, daysWaiting, noticeHours, PortalFixture.MRI_BRAIN);
    }

    private static long waiting(PortalFixture fixture, String priority, int daysWaiting, int noticeHours, String exam) {
        long request = fixture.waitingRequest(fixture.adult(), exam);
        fixture.shortNotice(request, noticeHours);
        fixture.priority(request, priority, daysWaiting);
        return request;
    }

    private static List<Long> requestIds(List<Map<String, Object>> offers) {
        return offers.stream()
                .map(o -> ((Number) o.get("request_id")).longValue())
                .toList();
    }
}
