package org.imagingnetwork.fhir.slotsearch;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.fhir.inbound.InboundEndpoint;
import org.imagingnetwork.fhir.mapping.FhirSystems;
import org.imagingnetwork.fhir.relay.OutboxRelay;
import org.imagingnetwork.fhir.relay.RelaySettings;
import org.imagingnetwork.fhir.security.BearerTokens;
import org.imagingnetwork.fhir.simulator.RisSimulator;
import org.imagingnetwork.fhir.support.ChannelClient;
import org.imagingnetwork.fhir.support.OutboxDrain;
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
 * A channel finds, cancels and moves what it booked, GP Connect style, over real HTTP: only its own
 * bookings, only at the version it read, through the booking service, and the trust's RIS hears of
 * every change through the relay.
 */
class ChannelChangesIT {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final Clock CLOCK = Clock.systemUTC();
    private static final String TRUST = "YC1";
    private static final String RELAYED = "YC2";

    private static Jdbi jdbi;
    private static SyncNetwork network;
    private static BookingService bookings;
    private static RisSimulator simulator;
    private static PlatformFixture platform;
    private static ChannelClient nhsApp;
    private static ChannelClient otherApp;
    private static final Map<String, AtomicInteger> NEXT_SLOT =
            Map.of(TRUST, new AtomicInteger(), RELAYED, new AtomicInteger());

    @BeforeAll
    static void start() {
        jdbi = SyncDatabase.get().jdbi();
        simulator = RisSimulator.start("127.0.0.1", 0, List.of(RELAYED), FHIR, CLOCK);
        network = SyncNetwork.create(
                jdbi, Map.of(TRUST, URI.create("http://127.0.0.1:9/fhir"), RELAYED, simulator.baseUrl(RELAYED)), 40);
        bookings = SyncBookings.service(jdbi, CLOCK);
        platform = PlatformFixture.host(
                "/fhir/booking",
                SlotSearchEndpoint.server(
                        bookings,
                        jdbi,
                        BearerTokens.of(Map.of(
                                "nhs-app", "nhs-app-token-0123456789", "other-app", "other-app-token-0123456789")),
                        CLOCK),
                InboundEndpoint::mount);
        nhsApp = new ChannelClient(platform.base("/fhir/booking"), "nhs-app-token-0123456789");
        otherApp = new ChannelClient(platform.base("/fhir/booking"), "other-app-token-0123456789");
    }

    @AfterAll
    static void stop() throws Exception {
        platform.close();
        simulator.close();
    }

    @Test
    void findsAPatientsAppointmentsByNhsNumberOnlyWhereTheChannelBooked() throws Exception {
        String booked = book(TRUST);
        String nhs = nhsNumberOf(booked);
        RequestId inThePortal = network.waitingRequests(TRUST, 1).get(0);
        bookings.book(new Book(inThePortal, nextSlot(TRUST), Actor.patient(patientOf(inThePortal)), Optional.empty()));

        Bundle mine = search(nhsApp, "/Appointment?patient.identifier=" + nhsIdentifier(nhs));
        assertThat(ids(mine)).containsExactly(booked);
        assertThat(mine.getTotal()).as("total").isEqualTo(1);
        Appointment found = (Appointment) mine.getEntryFirstRep().getResource();
        assertThat(found.getStatus()).isEqualTo(Appointment.AppointmentStatus.BOOKED);
        assertThat(found.getMeta().getVersionId()).isEqualTo("0");
        assertThat(found.getBasedOnFirstRep().getReference()).startsWith("ServiceRequest/");

        assertThat(ids(search(
                        nhsApp, "/Appointment?patient.identifier=" + nhsIdentifier(network.nhsNumberOf(inThePortal)))))
                .as("booked in the portal, not by this channel")
                .isEmpty();
        assertThat(ids(search(otherApp, "/Appointment?patient.identifier=" + nhsIdentifier(nhs))))
                .as("another channel's booking")
                .isEmpty();
        assertThat(otherApp.get("/Appointment/" + booked).statusCode()).isEqualTo(404);
        HttpResponse<String> read = nhsApp.get("/Appointment/" + booked);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).contains("W/\"0\"");
    }

    @Test
    void findsThemTheGpConnectWayThroughThePatient() throws Exception {
        String booked = book(TRUST);
        Bundle patients = search(nhsApp, "/Patient?identifier=" + nhsIdentifier(nhsNumberOf(booked)));
        assertThat(patients.getEntry()).hasSize(1);
        String patient = ((Patient) patients.getEntryFirstRep().getResource()).getIdPart();

        assertThat(ids(search(nhsApp, "/Patient/" + patient + "/Appointment"))).containsExactly(booked);
        assertThat(otherApp.get("/Patient/" + patient + "/Appointment").statusCode())
                .isEqualTo(404);
        assertThat(search(otherApp, "/Patient?identifier=" + nhsIdentifier(nhsNumberOf(booked)))
                        .getEntry())
                .isEmpty();
    }

    @Test
    void cancelsAtTheVersionItReadAndThePatientIsBackOnTheList() throws Exception {
        String booked = book(TRUST);
        Appointment read = cancellation(booked, "Cannot get there that day");

        HttpResponse<String> cancelled = put(read, "W/\"0\"");

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        Appointment answer = FHIR.newJsonParser().parseResource(Appointment.class, cancelled.body());
        assertThat(answer.getStatus()).isEqualTo(Appointment.AppointmentStatus.CANCELLED);
        assertThat(answer.getCancelationReason().getText()).isEqualTo("Cannot get there that day");
        assertThat(cancelled.headers().firstValue("ETag")).contains("W/\"1\"");
        assertThat(requestStateOf(booked)).isEqualTo("WAITING");
        assertThat(outboxChangesOf(booked)).containsExactly("BOOKED", "CANCELLED");
    }

    @Test
    void refusesAChangeWithoutTheVersionOrAtAnOldOneAndChangesNothing() throws Exception {
        String booked = book(TRUST);
        Appointment read = cancellation(booked, "Unwell");

        HttpResponse<String> unversioned = nhsApp.put("/Appointment/" + booked, json(read), Optional.empty());
        HttpResponse<String> stale = put(read, "W/\"7\"");

        assertThat(unversioned.statusCode()).isEqualTo(428);
        assertThat(unversioned.body()).contains("\"expression\":[\"If-Match\"]");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.body()).contains("\"expression\":[\"If-Match\"]").contains("W/\\\"0\\\"");
        assertThat(read(booked).getStatus()).isEqualTo(Appointment.AppointmentStatus.BOOKED);
        assertThat(outboxChangesOf(booked)).containsExactly("BOOKED");
    }

    @Test
    void ofTwoChangesAtTheSameVersionOnlyOneGoesThrough() throws Exception {
        String booked = book(TRUST);
        Appointment cancel = cancellation(booked, "Unwell");
        Appointment move = read(booked)
                .setSlot(List.of(new Reference("Slot/" + nextSlot(TRUST).value())));

        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Integer> statuses;
        try {
            Future<Integer> first = threads.submit(() -> put(cancel, "W/\"0\"").statusCode());
            Future<Integer> second = threads.submit(() -> put(move, "W/\"0\"").statusCode());
            statuses = List.of(first.get(), second.get());
        } finally {
            threads.shutdownNow();
        }

        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        assertThat(outboxChangesOf(booked)).hasSize(2);
    }

    @Test
    void movesToAnotherSlotInOneStepAndTheOldVersionCanNoLongerChangeIt() throws Exception {
        String booked = book(TRUST);
        SlotId later = nextSlot(TRUST);
        Appointment read = read(booked);
        read.setSlot(List.of(new Reference("Slot/" + later.value())));

        HttpResponse<String> moved = put(read, "W/\"0\"");

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        Appointment replacement = FHIR.newJsonParser().parseResource(Appointment.class, moved.body());
        String movedTo = replacement.getIdElement().getIdPart();
        assertThat(movedTo).isNotEqualTo(booked);
        assertThat(replacement.getStatus()).isEqualTo(Appointment.AppointmentStatus.BOOKED);
        assertThat(replacement.getSlotFirstRep().getReference()).isEqualTo("Slot/" + later.value());
        Appointment old = read(booked);
        assertThat(old.getStatus()).isEqualTo(Appointment.AppointmentStatus.CANCELLED);
        assertThat(old.getMeta().getVersionId()).isEqualTo("1");
        assertThat(outboxChangesOf(booked)).containsExactly("BOOKED", "MOVED_AWAY");
        assertThat(outboxChangesOf(movedTo)).containsExactly("BOOKED");
        Bundle both = search(nhsApp, "/Appointment?patient.identifier=" + nhsIdentifier(nhsNumberOf(booked)));
        assertThat(ids(both)).containsExactlyInAnyOrder(booked, movedTo);
        assertThat(both.getTotal()).as("total").isEqualTo(2);

        read.setSlot(List.of(new Reference("Slot/" + nextSlot(TRUST).value())));
        assertThat(put(read, "W/\"0\"").statusCode()).isEqualTo(412);
    }

    @Test
    void aMoveToATakenSlotKeepsTheAppointmentItHad() throws Exception {
        String booked = book(TRUST);
        RequestId other = network.waitingRequests(TRUST, 1).get(0);
        SlotId taken = nextSlot(TRUST);
        assertThat(bookings.book(new Book(other, taken, Actor.patient(patientOf(other)), Optional.empty())))
                .isInstanceOf(BookingOutcome.Booked.class);
        Appointment read = read(booked);
        read.setSlot(List.of(new Reference("Slot/" + taken.value())));

        HttpResponse<String> refused = put(read, "W/\"0\"");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("\"expression\":[\"Appointment.slot\"]");
        Appointment kept = read(booked);
        assertThat(kept.getStatus()).isEqualTo(Appointment.AppointmentStatus.BOOKED);
        assertThat(kept.getMeta().getVersionId()).isEqualTo("0");
        assertThat(outboxChangesOf(booked)).containsExactly("BOOKED");
    }

    @Test
    void refusesBadChangesAndSearchesNamingTheElement() throws Exception {
        String booked = book(TRUST);
        Appointment noReason = read(booked).setStatus(Appointment.AppointmentStatus.CANCELLED);
        Appointment noShow = read(booked).setStatus(Appointment.AppointmentStatus.NOSHOW);

        assertRefused(put(noReason, "W/\"0\""), 400, "Appointment.cancelationReason");
        assertRefused(put(noShow, "W/\"0\""), 422, "Appointment.status");
        assertRefused(
                nhsApp.get("/Appointment?patient.identifier=" + nhsIdentifier("1234567890")),
                400,
                "patient.identifier");
        assertRefused(
                nhsApp.get(
                        "/Appointment?patient.identifier=" + ChannelClient.encode("urn:other|" + nhsNumberOf(booked))),
                400,
                "patient.identifier");
        assertRefused(nhsApp.get("/Appointment/not-an-id"), 404, "Appointment.id");
        Appointment withoutId = cancellation(booked, "Unwell");
        withoutId.setId((String) null);
        withoutId.getMeta().setVersionId(null);
        assertRefused(
                nhsApp.put("/Appointment/" + booked, json(withoutId), Optional.of("W/\"0\"")), 400, "Appointment.id");
        assertThat(outboxChangesOf(booked)).containsExactly("BOOKED");
    }

    @Test
    void anAppointmentWhoseTimeHasComeIsNoLongerTheChannelsToChange() throws Exception {
        String booked = book(TRUST);
        Appointment cancel = cancellation(booked, "Did not come");
        Clock weeksLater = Clock.offset(CLOCK, Duration.ofDays(60));
        try (PlatformFixture later = PlatformFixture.host(
                "/fhir/booking",
                SlotSearchEndpoint.server(
                        bookings, jdbi, BearerTokens.of(Map.of("nhs-app", "nhs-app-token-0123456789")), weeksLater),
                InboundEndpoint::mount)) {
            ChannelClient channel = new ChannelClient(later.base("/fhir/booking"), "nhs-app-token-0123456789");

            assertRefused(
                    channel.put("/Appointment/" + booked, json(cancel), Optional.of("W/\"0\"")),
                    422,
                    "Appointment.start");
        }
        assertThat(outboxChangesOf(booked)).containsExactly("BOOKED");
    }

    @Test
    void theTrustsRisHearsOfEveryChangeThroughTheRelay() throws Exception {
        String booked = book(RELAYED);
        Appointment read = read(booked);
        read.setSlot(List.of(new Reference("Slot/" + nextSlot(RELAYED).value())));
        HttpResponse<String> moved = put(read, "W/\"0\"");
        Appointment replacement = FHIR.newJsonParser().parseResource(Appointment.class, moved.body());
        replacement
                .setStatus(Appointment.AppointmentStatus.CANCELLED)
                .setCancelationReason(new CodeableConcept().setText("Having it done nearer home"));
        assertThat(put(replacement, "W/\"0\"").statusCode()).isEqualTo(200);

        try (OutboxRelay relay = new OutboxRelay(
                jdbi, FHIR, RelaySettings.defaults().withWorkers(2).withPolling(8, Duration.ofMillis(20)), CLOCK)) {
            relay.start();
            OutboxDrain.awaitEmptyOutbox(jdbi, Duration.ofSeconds(30), RELAYED);
        }

        RisMirror.assertMirrors(jdbi, RELAYED, simulator.store(RELAYED));
        assertThat(simulator.store(RELAYED).search("Appointment", resource -> true))
                .hasSize(2)
                .allSatisfy(appointment -> assertThat(((Appointment) appointment).getStatus())
                        .isEqualTo(Appointment.AppointmentStatus.CANCELLED));
    }

    /** Books the next free slot of the trust for a new waiting request, as the NHS App; the appointment's id. */
    private static String book(String trust) throws Exception {
        RequestId request = network.waitingRequests(trust, 1).get(0);
        HttpResponse<String> created = nhsApp.post("/Appointment", """
                {"resourceType":"Appointment","status":"booked","slot":[{"reference":"Slot/%s"}],
                 "basedOn":[{"reference":"ServiceRequest/%s"}],
                 "participant":[{"actor":{"type":"Patient","identifier":{"system":"%s","value":"%s"}},"status":"accepted"}]}""".formatted(
                nextSlot(trust).value(), request.value(), FhirSystems.NHS_NUMBER, network.nhsNumberOf(request)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("ETag")).contains("W/\"0\"");
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.replaceAll(".*/Appointment/([^/]+).*", "$1");
    }

    /** The appointment as read, asked to be cancelled for this reason. */
    private static Appointment cancellation(String id, String reason) throws Exception {
        Appointment appointment = read(id).setStatus(Appointment.AppointmentStatus.CANCELLED);
        appointment.setCancelationReason(new CodeableConcept().setText(reason));
        return appointment;
    }

    private static SlotId nextSlot(String trust) {
        return network.slots(trust).get(NEXT_SLOT.get(trust).getAndIncrement());
    }

    private static Appointment read(String id) throws Exception {
        HttpResponse<String> response = nhsApp.get("/Appointment/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return FHIR.newJsonParser().parseResource(Appointment.class, response.body());
    }

    private static HttpResponse<String> put(Appointment appointment, String etag) throws Exception {
        return nhsApp.put(
                "/Appointment/" + appointment.getIdElement().getIdPart(), json(appointment), Optional.of(etag));
    }

    private static String json(Appointment appointment) {
        return FHIR.newJsonParser().encodeResourceToString(appointment);
    }

    private static Bundle search(ChannelClient channel, String path) throws Exception {
        HttpResponse<String> response = channel.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return FHIR.newJsonParser().parseResource(Bundle.class, response.body());
    }

    private static List<String> ids(Bundle bundle) {
        return bundle.getEntry().stream()
                .map(entry -> entry.getResource().getIdElement().getIdPart())
                .toList();
    }

    private static void assertRefused(HttpResponse<String> response, int status, String element) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains("OperationOutcome").contains("\"expression\":[\"" + element + "\"]");
    }

    private static String nhsIdentifier(String nhs) {
        return ChannelClient.encode(FhirSystems.NHS_NUMBER + "|" + nhs);
    }

    private static String nhsNumberOf(String appointment) {
        return jdbi.withHandle(h ->
                h.createQuery("""
                        select p.nhs_number from appointment a join request r on r.id = a.request_id
                        join patient p on p.id = r.patient_id where a.id = cast(:id as uuid)""").bind("id", appointment).mapTo(String.class).one());
    }

    private static PatientId patientOf(RequestId request) {
        return new PatientId(jdbi.withHandle(h -> h.createQuery("select patient_id from request where id = :id")
                .bind("id", request.value())
                .mapTo(Long.class)
                .one()));
    }

    private static String requestStateOf(String appointment) {
        return jdbi.withHandle(h ->
                h.createQuery("""
                        select r.state from appointment a join request r on r.id = a.request_id
                        where a.id = cast(:id as uuid)""").bind("id", appointment).mapTo(String.class).one());
    }

    private static List<String> outboxChangesOf(String appointment) {
        return jdbi.withHandle(
                h -> h.createQuery("select change from outbox where appointment_id = cast(:id as uuid) order by id")
                        .bind("id", appointment)
                        .mapTo(String.class)
                        .list());
    }
}
