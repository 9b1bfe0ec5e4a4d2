package org.imagingnetwork.fhir.slotsearch;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.fhir.mapping.FhirSystems;
import org.imagingnetwork.fhir.security.BearerTokens;
import org.imagingnetwork.fhir.support.PlatformFixture;
import org.imagingnetwork.fhir.support.SyncBookings;
import org.imagingnetwork.fhir.support.SyncDatabase;
import org.imagingnetwork.fhir.support.SyncNetwork;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Network-wide slot search and booking for other channels, over real HTTP. */
class SlotSearchIT {

    private static final String TOKEN = "nhs-app-token-0123456789";
    private static final Clock CLOCK = Clock.systemUTC();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private static Jdbi jdbi;
    private static SyncNetwork network;
    private static PlatformFixture platform;
    private static URI base;

    @BeforeAll
    static void start() {
        jdbi = SyncDatabase.get().jdbi();
        network = SyncNetwork.create(
                jdbi,
                Map.of("ZS1", URI.create("http://127.0.0.1:9/fhir"), "ZS2", URI.create("http://127.0.0.1:9/fhir")),
                40);
        BookingService bookings = SyncBookings.service(jdbi, CLOCK);
        platform = PlatformFixture.host(
                "/fhir/booking",
                SlotSearchEndpoint.server(bookings, jdbi, BearerTokens.of(Map.of("nhs-app", TOKEN)), CLOCK),
                org.imagingnetwork.fhir.inbound.InboundEndpoint::mount);
        base = platform.base("/fhir/booking");
    }

    @AfterAll
    static void stop() throws Exception {
        platform.close();
    }

    @Test
    void findsFreeSlotsForAnExamAcrossTheNetworkEarliestFirst() throws Exception {
        List<Slot> slots =
                search("status=free&service-type=" + encode(FhirSystems.EXAM + "|" + SyncNetwork.EXAM) + "&_count=200");

        assertThat(slots).isNotEmpty();
        assertThat(slots).allSatisfy(slot -> assertThat(slot.getStatus()).isEqualTo(Slot.SlotStatus.FREE));
        assertThat(slots.stream().map(s -> s.getSchedule().getReference()).distinct())
                .contains("Schedule/ZS1S-XR1", "Schedule/ZS2S-XR1");
        List<Instant> starts = slots.stream().map(s -> s.getStart().toInstant()).toList();
        assertThat(starts).isSorted();
    }

    @Test
    void narrowsBySiteAndByTimeWindow() throws Exception {
        List<Slot> north = search("status=free&location=ZS1S&_count=200");
        assertThat(north)
                .isNotEmpty()
                .allSatisfy(
                        slot -> assertThat(slot.getSchedule().getReference()).isEqualTo("Schedule/ZS1S-XR1"));

        Instant firstStart = north.get(0).getStart().toInstant();
        List<Slot> window = search("status=free&location=ZS1S&start=" + encode("ge" + firstStart) + "&start="
                + encode("lt" + firstStart.plusSeconds(1800)));
        assertThat(window).hasSize(2);
    }

    @Test
    void aPageOfSlotsDoesNotGiveItsSizeAsTheNumberOfMatches() throws Exception {
        HttpResponse<String> response = get("/Slot?status=free&_count=1");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, response.body());
        assertThat(bundle.getEntry()).hasSize(1);
        assertThat(search("status=free&_count=2")).hasSize(2);
        assertThat(bundle.hasTotal()).as("total").isFalse();
    }

    @Test
    void includesTheRoomSiteAndTrustOfTheSlotsWhenAskedOnceEach() throws Exception {
        Bundle everything = bundle("/Slot?status=free&location=ZS1S&_count=3&_include=Slot:schedule"
                + "&_include:recurse=Schedule:actor:Location&_include:recurse=Location:managingOrganization");

        assertThat(resources(everything, Slot.class)).hasSize(3);
        assertThat(resources(everything, Schedule.class))
                .singleElement()
                .satisfies(schedule -> assertThat(schedule.getIdPart()).isEqualTo("ZS1S-XR1"));
        Location site = resources(everything, Location.class).get(0);
        assertThat(resources(everything, Location.class)).hasSize(1);
        assertThat(site.getIdPart()).isEqualTo("ZS1S");
        assertThat(site.getManagingOrganization().getReference()).isEqualTo("Organization/ZS1");
        assertThat(resources(everything, Organization.class))
                .singleElement()
                .satisfies(trust -> assertThat(trust.getName()).isEqualTo("Sync Test Trust ZS1"));
        assertThat(everything.getEntry().stream()
                        .filter(entry -> !(entry.getResource() instanceof Slot))
                        .map(entry -> entry.getSearch().getMode()))
                .containsOnly(Bundle.SearchEntryMode.INCLUDE);

        Bundle schedulesOnly = bundle("/Slot?status=free&location=ZS1S&_count=3&_include=Slot:schedule");
        assertThat(resources(schedulesOnly, Schedule.class)).hasSize(1);
        assertThat(resources(schedulesOnly, Location.class)).isEmpty();
        assertThat(bundle("/Slot?status=free&location=ZS1S&_count=3").getEntry())
                .allSatisfy(entry -> assertThat(entry.getResource()).isInstanceOf(Slot.class));
    }

    @Test
    void searchesThatReturnEveryMatchGiveTheirTrueNumber() throws Exception {
        long sites = jdbi.withHandle(h ->
                h.createQuery("select count(*) from site").mapTo(Long.class).one());

        Bundle locations = bundle("/Location");
        Bundle schedules = bundle("/Schedule?actor=Location/ZS1S");

        assertThat(locations.getTotal()).isEqualTo(locations.getEntry().size());
        assertThat((long) locations.getTotal()).isGreaterThanOrEqualTo(sites);
        assertThat(schedules.getTotal())
                .isEqualTo(1)
                .isEqualTo(schedules.getEntry().size());
    }

    @Test
    void refusesAnIncludeItCannotFollowNamingIt() throws Exception {
        HttpResponse<String> response = get("/Slot?status=free&_include=Slot:patient");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"expression\":[\"_include\"]");
    }

    @Test
    void refusesASearchThatIsNotForFreeSlots() throws Exception {
        HttpResponse<String> response = get("/Slot?status=busy");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("OperationOutcome").contains("status");
    }

    @Test
    void booksAFreeSlotForTheRequestsPatientAndTheSlotLeavesTheSearch() throws Exception {
        RequestId request = network.waitingRequests("ZS2", 1).get(0);
        String nhs = network.nhsNumberOf(request);
        Slot slot = search("status=free&location=ZS2S").get(0);

        HttpResponse<String> booked =
                post("/Appointment", appointment(slot.getIdElement().getIdPart(), request, nhs));

        assertThat(booked.statusCode()).isEqualTo(201);
        assertThat(search("status=free&location=ZS2S&_count=200"))
                .noneSatisfy(s -> assertThat(s.getIdElement().getIdPart())
                        .isEqualTo(slot.getIdElement().getIdPart()));
        String state = jdbi.withHandle(h -> h.createQuery("select state from request where id = " + request.value())
                .mapTo(String.class)
                .one());
        assertThat(state).isEqualTo("APPOINTED");

        RequestId another = network.waitingRequests("ZS2", 1).get(0);
        HttpResponse<String> second = post(
                "/Appointment", appointment(slot.getIdElement().getIdPart(), another, network.nhsNumberOf(another)));
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("Appointment.slot");
    }

    @Test
    void refusesToBookForAPatientWhoseRequestItIsNot() throws Exception {
        RequestId request = network.waitingRequests("ZS1", 1).get(0);
        Slot slot = search("status=free&location=ZS1S").get(0);

        HttpResponse<String> response = post(
                "/Appointment",
                appointment(
                        slot.getIdElement().getIdPart(),
                        request,
                        SyncNetwork.nextNhsNumber().value()));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Appointment.basedOn");
    }

    @Test
    void listsSchedulesOfASiteAndItsLocation() throws Exception {
        HttpResponse<String> schedules = get("/Schedule?actor=Location/ZS1S");
        HttpResponse<String> location = get("/Location/ZS1S");

        assertThat(schedules.statusCode()).isEqualTo(200);
        assertThat(schedules.body()).contains("ZS1S-XR1").doesNotContain("ZS2S-XR1");
        assertThat(location.statusCode()).isEqualTo(200);
        assertThat(location.body()).contains("Sync Test CDC ZS1").contains("B15 2TH");
    }

    @Test
    void turnsAwayCallersWithoutAChannelToken() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/Slot?status=free")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private static String appointment(String slot, RequestId request, String nhs) {
        return """
                {"resourceType":"Appointment","status":"booked","slot":[{"reference":"Slot/%s"}],
                 "basedOn":[{"reference":"ServiceRequest/%s"}],
                 "participant":[{"actor":{"type":"Patient","identifier":{"system":"%s","value":"%s"}},"status":"accepted"}]}""".formatted(slot, request.value(), FhirSystems.NHS_NUMBER, nhs);
    }

    private static Bundle bundle(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return FHIR.newJsonParser().parseResource(Bundle.class, response.body());
    }

    private static <T extends Resource> List<T> resources(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    private static List<Slot> search(String query) throws Exception {
        HttpResponse<String> response = get("/Slot?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, response.body());
        return bundle.getEntry().stream().map(e -> (Slot) e.getResource()).toList();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + TOKEN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/fhir+json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
