package org.imagingnetwork.fhir.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.network.OdsCode;
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

/** The trusts' FHIR feed over real HTTP against the real request service and database. */
class InboundEndpointIT {

    static final String NORTH_TOKEN = "north-token-0123456789";
    static final String SOUTH_TOKEN = "south-token-0123456789";
    private static final Clock CLOCK = Clock.systemUTC();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Jdbi jdbi;
    private static SyncNetwork network;
    private static PlatformFixture platform;
    private static URI base;
    private static BookingService bookings;

    @BeforeAll
    static void start() {
        jdbi = SyncDatabase.get().jdbi();
        network = SyncNetwork.create(
                jdbi,
                Map.of("ZI1", URI.create("http://127.0.0.1:9/fhir"), "ZI2", URI.create("http://127.0.0.1:9/fhir")),
                20);
        BearerTokens<OdsCode> tokens =
                BearerTokens.of(Map.of(new OdsCode("ZI1"), NORTH_TOKEN, new OdsCode("ZI2"), SOUTH_TOKEN));
        platform = PlatformFixture.host(
                "/fhir/ris",
                InboundEndpoint.server(PlatformFixture.requestService(jdbi, CLOCK), jdbi, tokens, CLOCK),
                InboundEndpoint::mount);
        base = platform.base("/fhir/ris");
        bookings = SyncBookings.service(jdbi, CLOCK);
    }

    @AfterAll
    static void stop() throws Exception {
        platform.close();
    }

    static String serviceRequest(String nhsNumber, String examCode) {
        return """
                {"resourceType":"ServiceRequest","status":"active","intent":"order","priority":"routine",
                 "code":{"coding":[{"system":"%s","code":"%s"}]},
                 "subject":{"identifier":{"system":"%s","value":"%s"}},
                 "requester":{"display":"Dr Amara Okafor"}}""".formatted(FhirSystems.EXAM, examCode, FhirSystems.NHS_NUMBER, nhsNumber);
    }

    @Test
    void aReferralBecomesAReceivedRequestOfTheCallingTrust() throws Exception {
        String nhs = network.patient().value();

        HttpResponse<String> response =
                send("POST", "/ServiceRequest", NORTH_TOKEN, serviceRequest(nhs, SyncNetwork.EXAM));

        assertThat(response.statusCode()).isEqualTo(201);
        String id = response.headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceAll(".*/ServiceRequest/([0-9]+).*", "$1");
        assertThat(query("select state || ' ' || referring_trust from request where id = " + id))
                .isEqualTo("RECEIVED ZI1");
        assertThat(query("select count(*) from request_event where request_id = " + id))
                .isEqualTo("1");
    }

    @Test
    void aRetriedReferralWithTheTrustsIdentifierMakesOneRequest() throws Exception {
        String body = serviceRequest(network.patient().value(), SyncNetwork.EXAM)
                .replace(
                        "\"status\"",
                        "\"identifier\":[{\"system\":\"https://ris.zi1.example/order\",\"value\":\"ORD-"
                                + UUID.randomUUID() + "\"}],\"status\"");
        String before = query("select count(*) from request");

        HttpResponse<String> first = send("POST", "/ServiceRequest", NORTH_TOKEN, body);
        HttpResponse<String> again = send("POST", "/ServiceRequest", NORTH_TOKEN, body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(Long.parseLong(query("select count(*) from request"))).isEqualTo(Long.parseLong(before) + 1);
    }

    @Test
    void anUnknownExamIsRefusedNamingTheCodeAndNothingIsWritten() throws Exception {
        String nhs = network.patient().value();
        String before = query("select count(*) from request");

        HttpResponse<String> response = send("POST", "/ServiceRequest", NORTH_TOKEN, serviceRequest(nhs, "ZZNOSUCH"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("OperationOutcome").contains("ServiceRequest.code.coding.code");
        assertThat(query("select count(*) from request")).isEqualTo(before);
    }

    @Test
    void anNhsNumberFailingModulus11IsRefusedNamingTheIdentifier() throws Exception {
        HttpResponse<String> response =
                send("POST", "/ServiceRequest", NORTH_TOKEN, serviceRequest("9434765918", SyncNetwork.EXAM));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("ServiceRequest.subject.identifier");
    }

    @Test
    void anUnknownPatientIsRefused() throws Exception {
        HttpResponse<String> response = send(
                "POST",
                "/ServiceRequest",
                NORTH_TOKEN,
                serviceRequest(SyncNetwork.nextNhsNumber().value(), SyncNetwork.EXAM));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("ServiceRequest.subject.identifier.value");
    }

    @Test
    void anUnknownElementIsRefusedRatherThanIgnored() throws Exception {
        String body = serviceRequest(network.patient().value(), SyncNetwork.EXAM)
                .replace("\"intent\"", "\"colour\":\"red\",\"intent\"");

        HttpResponse<String> response = send("POST", "/ServiceRequest", NORTH_TOKEN, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("OperationOutcome").contains("\"expression\":[\"ServiceRequest.colour\"]");
    }

    @Test
    void parseErrorsHapiFindsItselfNameTheElement() throws Exception {
        String mistyped = serviceRequest(network.patient().value(), SyncNetwork.EXAM)
                .replace("\"priority\":\"routine\"", "\"priority\":5");
        String xml = """
                <ServiceRequest xmlns="http://hl7.org/fhir"><status value="active"/><intent value="order"/>
                <priority value="whenever"/></ServiceRequest>""";
        String requestsBefore = query("select count(*) from request where referring_trust = 'ZI1'");

        HttpResponse<String> json = send("POST", "/ServiceRequest", NORTH_TOKEN, mistyped);
        HttpResponse<String> badXml = sendAs("POST", "/ServiceRequest", "application/fhir+xml", xml);

        assertThat(json.statusCode()).as(json.body()).isEqualTo(400);
        assertThat(json.body()).contains("\"expression\":[\"ServiceRequest.priority\"]");
        assertThat(badXml.statusCode()).as(badXml.body()).isEqualTo(400);
        assertThat(badXml.body()).contains("<expression value=\"ServiceRequest.priority\"/>");
        assertThat(query("select count(*) from request where referring_trust = 'ZI1'"))
                .isEqualTo(requestsBefore);
    }

    @Test
    void callersWithoutAValidTokenAreTurnedAway() throws Exception {
        String body = serviceRequest(network.patient().value(), SyncNetwork.EXAM);

        assertThat(send("POST", "/ServiceRequest", null, body).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/ServiceRequest", "not-a-token-of-any-trust", body)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void arrivedThenFulfilledMarksTheRequestAttendedOnceAndRepeatsAreHarmless() throws Exception {
        UUID appointment = bookedAppointment("ZI1", 0);

        assertThat(send("PUT", "/Appointment/" + appointment, NORTH_TOKEN, appointmentStatus(appointment, "arrived"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("PUT", "/Appointment/" + appointment, NORTH_TOKEN, appointmentStatus(appointment, "arrived"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("PUT", "/Appointment/" + appointment, NORTH_TOKEN, appointmentStatus(appointment, "fulfilled"))
                        .statusCode())
                .isEqualTo(200);

        assertThat(query(
                        "select a.status || ' ' || r.state from appointment a join request r on r.id = a.request_id where a.id = '"
                                + appointment + "'"))
                .isEqualTo("FULFILLED ATTENDED");
        assertThat(query(
                        "select count(*) from request_event e join appointment a on a.request_id = e.request_id where a.id = '"
                                + appointment + "' and e.to_state = 'ATTENDED'"))
                .isEqualTo("1");
    }

    @Test
    void noShowMarksTheRequestDidNotAttend() throws Exception {
        UUID appointment = bookedAppointment("ZI1", 1);

        HttpResponse<String> response = send(
                "PUT",
                "/Appointment?identifier=" + FhirSystems.APPOINTMENT + "%7C" + appointment,
                NORTH_TOKEN,
                appointmentStatus(appointment, "noshow"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(query("select r.state from appointment a join request r on r.id = a.request_id where a.id = '"
                        + appointment + "'"))
                .isEqualTo("DID_NOT_ATTEND");
    }

    @Test
    void aTrustCannotTouchAnotherTrustsAppointment() throws Exception {
        UUID appointment = bookedAppointment("ZI1", 2);

        HttpResponse<String> response =
                send("PUT", "/Appointment/" + appointment, SOUTH_TOKEN, appointmentStatus(appointment, "arrived"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(query("select status from appointment where id = '" + appointment + "'"))
                .isEqualTo("BOOKED");
    }

    @Test
    void imagesAcquiredThenReportedThenAmendedMoveTheRequestOn() throws Exception {
        UUID appointment = bookedAppointment("ZI1", 3);
        send("PUT", "/Appointment/" + appointment, NORTH_TOKEN, appointmentStatus(appointment, "fulfilled"));
        String request = query("select request_id from appointment where id = '" + appointment + "'");

        assertThat(send("POST", "/ImagingStudy", NORTH_TOKEN, imagingStudy(request))
                        .statusCode())
                .isEqualTo(201);
        assertThat(state(request)).isEqualTo("ACQUIRED");
        assertThat(send("POST", "/ImagingStudy", NORTH_TOKEN, imagingStudy(request))
                        .statusCode())
                .as("a repeated notification is accepted")
                .isEqualTo(201);
        assertThat(send("POST", "/DiagnosticReport", NORTH_TOKEN, report(request, "final"))
                        .statusCode())
                .isEqualTo(201);
        assertThat(state(request)).isEqualTo("REPORTED");
        assertThat(send("POST", "/DiagnosticReport", NORTH_TOKEN, report(request, "amended"))
                        .statusCode())
                .isEqualTo(201);
        assertThat(state(request)).isEqualTo("AMENDED");
    }

    @Test
    void aReportForAnotherTrustsRequestIsRefused() throws Exception {
        UUID appointment = bookedAppointment("ZI1", 4);
        String request = query("select request_id from appointment where id = '" + appointment + "'");

        HttpResponse<String> response = send("POST", "/DiagnosticReport", SOUTH_TOKEN, report(request, "final"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(state(request)).isEqualTo("APPOINTED");
    }

    @Test
    void aReportBeforeTheImagesIsRefusedNamingTheStatus() throws Exception {
        UUID appointment = bookedAppointment("ZI1", 5);
        String request = query("select request_id from appointment where id = '" + appointment + "'");

        HttpResponse<String> response = send("POST", "/DiagnosticReport", NORTH_TOKEN, report(request, "final"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("DiagnosticReport.status");
        assertThat(state(request)).isEqualTo("APPOINTED");
    }

    @Test
    void theCapabilityStatementDescribesExactlyWhatIsSupported() throws Exception {
        HttpResponse<String> response = send("GET", "/metadata", null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        var statement = (org.hl7.fhir.r4.model.CapabilityStatement)
                ca.uhn.fhir.context.FhirContext.forR4Cached().newJsonParser().parseResource(response.body());
        List<String> interactions = statement.getRestFirstRep().getResource().stream()
                .flatMap(r -> r.getInteraction().stream()
                        .map(i -> r.getType() + ":" + i.getCode().toCode()))
                .sorted()
                .toList();
        assertThat(interactions)
                .containsExactly(
                        "Appointment:update",
                        "DiagnosticReport:create",
                        "ImagingStudy:create",
                        "ServiceRequest:create");
    }

    @Test
    void aBodyInAnotherMediaTypeIsRefused415AndNothingIsWritten() throws Exception {
        String before = query("select count(*) from request");
        String turtle = "@prefix fhir: <http://hl7.org/fhir/> . [] a fhir:ServiceRequest .";

        HttpResponse<String> rdf = sendAs("POST", "/ServiceRequest", "application/x-turtle", turtle);
        HttpResponse<String> plain = sendAs("POST", "/ServiceRequest", "text/plain", "hello");
        HttpResponse<String> jsonWithCharset = sendAs(
                "POST",
                "/ServiceRequest",
                "application/fhir+json; charset=UTF-8",
                serviceRequest(network.patient().value(), SyncNetwork.EXAM));

        assertThat(rdf.statusCode()).as(rdf.body()).isEqualTo(415);
        assertThat(rdf.body()).contains("OperationOutcome").contains("Content-Type");
        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(jsonWithCharset.statusCode())
                .as("JSON with a charset is still JSON")
                .isEqualTo(201);
        assertThat(Long.parseLong(query("select count(*) from request"))).isEqualTo(Long.parseLong(before) + 1);
    }

    @Test
    void answersInTurtleAreRefusedAndTheCapabilityStatementListsOnlyJsonAndXml() throws Exception {
        HttpRequest turtle = HttpRequest.newBuilder(URI.create(base + "/metadata"))
                .header("Accept", "text/turtle")
                .GET()
                .build();
        HttpResponse<String> refused = HTTP.send(turtle, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> viaFormat = send("GET", "/metadata?_format=ttl", null, null);

        assertThat(refused.statusCode()).isEqualTo(406);
        assertThat(viaFormat.statusCode()).isEqualTo(406);
        var statement = (org.hl7.fhir.r4.model.CapabilityStatement) ca.uhn.fhir.context.FhirContext.forR4Cached()
                .newJsonParser()
                .parseResource(send("GET", "/metadata", null, null).body());
        assertThat(statement.getFormat())
                .extracting(org.hl7.fhir.r4.model.CodeType::getValue)
                .containsExactlyInAnyOrder("application/fhir+json", "json", "application/fhir+xml", "xml");
    }

    private static HttpResponse<String> sendAs(String method, String path, String contentType, String body)
            throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", contentType)
                        .header("Authorization", "Bearer " + NORTH_TOKEN)
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private UUID bookedAppointment(String trust, int slotIndex) {
        RequestId request = network.waitingRequests(trust, 1).get(0);
        var outcome = bookings.book(
                new Book(request, network.slots(trust).get(slotIndex), Actor.staff("inbound-test"), Optional.empty()));
        return ((BookingOutcome.Booked) outcome).appointment().id().value();
    }

    private static String appointmentStatus(UUID id, String status) {
        return """
                {"resourceType":"Appointment","id":"%s","status":"%s","participant":[{"status":"accepted"}]}""".formatted(id, status);
    }

    private static String imagingStudy(String request) {
        return """
                {"resourceType":"ImagingStudy","status":"available","subject":{"display":"patient"},
                 "basedOn":[{"reference":"ServiceRequest/%s"}]}""".formatted(request);
    }

    private static String report(String request, String status) {
        return """
                {"resourceType":"DiagnosticReport","status":"%s","code":{"text":"X-ray chest report"},
                 "basedOn":[{"identifier":{"system":"%s","value":"%s"}}]}""".formatted(status, FhirSystems.REQUEST, request);
    }

    private static String state(String request) {
        return query("select state from request where id = " + request);
    }

    static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/fhir+json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String query(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }
}
