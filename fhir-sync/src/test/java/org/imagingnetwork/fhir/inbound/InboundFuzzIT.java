package org.imagingnetwork.fhir.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.fhir.mapping.FhirSystems;
import org.imagingnetwork.fhir.security.BearerTokens;
import org.imagingnetwork.fhir.support.PlatformFixture;
import org.imagingnetwork.fhir.support.SyncDatabase;
import org.imagingnetwork.fhir.support.SyncNetwork;
import org.jdbi.v3.core.Jdbi;

/**
 * Malformed and hostile FHIR JSON and XML thrown at the trusts' endpoint: every answer is a 4xx
 * with an OperationOutcome, never a 500, and nothing in the database changes.
 */
class InboundFuzzIT {

    private static final String TOKEN = "fuzz-token-0123456789";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private static Jdbi jdbi;
    private static PlatformFixture platform;
    private static URI base;
    private static String patient;
    private static String bookedRequest;

    record Attack(String method, String path, String contentType, String body) {}

    @BeforeContainer
    static void start() {
        jdbi = SyncDatabase.get().jdbi();
        Clock clock = Clock.systemUTC();
        SyncNetwork network = SyncNetwork.create(jdbi, Map.of("ZZ1", URI.create("http://127.0.0.1:9/fhir")), 4);
        patient = network.patient().value();
        bookedRequest = network.waitingRequests("ZZ1", 1).get(0).toString();
        platform = PlatformFixture.host(
                "/fhir/ris",
                InboundEndpoint.server(
                        PlatformFixture.requestService(jdbi, clock),
                        jdbi,
                        BearerTokens.of(Map.of(new OdsCode("ZZ1"), TOKEN)),
                        clock),
                InboundEndpoint::mount);
        base = platform.base("/fhir/ris");
    }

    @AfterContainer
    static void stop() throws Exception {
        platform.close();
    }

    @Property(tries = 600)
    void hostileInputIsRefusedWithAnOperationOutcomeAndChangesNothing(@ForAll("attacks") Attack attack)
            throws Exception {
        String before = fingerprint();

        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + attack.path()))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", attack.contentType())
                        .header("Accept", "application/fhir+json")
                        .method(attack.method(), HttpRequest.BodyPublishers.ofString(attack.body()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        IBaseResource outcome = FHIR.newJsonParser().parseResource(response.body());
        assertThat(outcome).isInstanceOf(OperationOutcome.class);
        assertThat(fingerprint()).as("nothing written").isEqualTo(before);
    }

    @Provide
    Arbitrary<Attack> attacks() {
        return Arbitraries.oneOf(
                truncated(),
                unknownElements(),
                wrongTypes(),
                badNhsNumbers(),
                unknownExams(),
                xmlAttacks(),
                garbage(),
                deepNesting(),
                wrongResourceType(),
                badAppointmentUpdates(),
                badReports(),
                otherMediaTypes());
    }

    /** Bodies, well formed or not, sent as something other than FHIR JSON or XML (Turtle once gave a 500). */
    private Arbitrary<Attack> otherMediaTypes() {
        Arbitrary<String> types = Arbitraries.of(
                "application/x-turtle",
                "text/turtle",
                "application/fhir+turtle",
                "application/fhir+ndjson",
                "text/plain",
                "application/octet-stream",
                "application/x-www-form-urlencoded");
        Arbitrary<String> bodies = Arbitraries.of(
                valid(patient, SyncNetwork.EXAM),
                "@prefix fhir: <http://hl7.org/fhir/> . [] a fhir:ServiceRequest .",
                "@prefix fhir: <http://hl7.org/fhir/> . <x> a fhir:Appointment ; fhir:Appointment.status [ fhir:value \"arrived\" ] .",
                "garbage",
                "status=active&intent=order");
        Arbitrary<String> paths = Arbitraries.of("/ServiceRequest", "/ImagingStudy", "/DiagnosticReport");
        return Combinators.combine(types, bodies, paths).as((type, body, path) -> new Attack("POST", path, type, body));
    }

    private static String valid(String nhs, String exam) {
        return InboundEndpointIT.serviceRequest(nhs, exam);
    }

    private static Attack post(String path, String body) {
        return new Attack("POST", path, "application/fhir+json", body);
    }

    private Arbitrary<Attack> truncated() {
        String body = valid(patient, SyncNetwork.EXAM);
        return Arbitraries.integers()
                .between(1, body.lastIndexOf('}') - 1)
                .map(n -> post("/ServiceRequest", body.substring(0, n)));
    }

    private Arbitrary<Attack> unknownElements() {
        Arbitrary<String> names =
                Arbitraries.strings().alpha().ofMinLength(3).ofMaxLength(20).map(s -> "zz" + s);
        Arbitrary<String> values = Arbitraries.of("1", "\"x\"", "true", "null", "[]", "{}", "{\"a\":1}");
        return Combinators.combine(names, values)
                .as((name, value) -> post(
                        "/ServiceRequest",
                        valid(patient, SyncNetwork.EXAM).replaceFirst("\\{", "{\"" + name + "\":" + value + ",")));
    }

    private Arbitrary<Attack> wrongTypes() {
        Arbitrary<String> field =
                Arbitraries.of("\"status\":\"active\"", "\"intent\":\"order\"", "\"priority\":\"routine\"");
        Arbitrary<String> value =
                Arbitraries.of("123", "[\"active\"]", "{}", "null", "\"\"", "\"nonsense\"", "true", "\"\\u0000\"");
        return Combinators.combine(field, value)
                .as((f, v) -> post(
                        "/ServiceRequest",
                        valid(patient, SyncNetwork.EXAM).replace(f, f.substring(0, f.indexOf(':') + 1) + v)));
    }

    private Arbitrary<Attack> badNhsNumbers() {
        Arbitrary<String> invalid = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofLength(10).filter(s -> !NhsNumber.isValid(s)),
                Arbitraries.strings()
                        .withCharRange('!', '~')
                        .ofMinLength(0)
                        .ofMaxLength(14)
                        .filter(s -> !NhsNumber.isValid(s)));
        return invalid.map(nhs -> post("/ServiceRequest", valid(jsonEscape(nhs), SyncNetwork.EXAM)));
    }

    private Arbitrary<Attack> unknownExams() {
        return Arbitraries.strings()
                .withCharRange('A', 'Z')
                .ofMinLength(1)
                .ofMaxLength(30)
                .map(code -> post("/ServiceRequest", valid(patient, "QQ" + code)));
    }

    private Arbitrary<Attack> xmlAttacks() {
        String xxe = """
                <?xml version="1.0"?><!DOCTYPE sr [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <ServiceRequest xmlns="http://hl7.org/fhir"><status value="&xxe;"/></ServiceRequest>""";
        String laughs = """
                <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <ServiceRequest xmlns="http://hl7.org/fhir"><status value="&lol3;"/></ServiceRequest>""";
        String unknown = """
                <ServiceRequest xmlns="http://hl7.org/fhir"><status value="active"/><intent value="order"/>
                <colour value="red"/></ServiceRequest>""";
        String wrongNamespace =
                "<ServiceRequest xmlns=\"http://example.org\"><status value=\"active\"/></ServiceRequest>";
        String unclosed = "<ServiceRequest xmlns=\"http://hl7.org/fhir\"><status value=\"active\">";
        String badNhs = """
                <ServiceRequest xmlns="http://hl7.org/fhir"><status value="active"/><intent value="order"/>
                <priority value="routine"/><code><coding><system value="%s"/><code value="%s"/></coding></code>
                <subject><identifier><system value="%s"/><value value="1234567890"/></identifier></subject>
                <requester><display value="Dr X"/></requester></ServiceRequest>""".formatted(FhirSystems.EXAM, SyncNetwork.EXAM, FhirSystems.NHS_NUMBER);
        return Arbitraries.of(xxe, laughs, unknown, wrongNamespace, unclosed, badNhs, "<", "<?xml version=\"1.0\"?>")
                .map(xml -> new Attack("POST", "/ServiceRequest", "application/fhir+xml", xml));
    }

    private Arbitrary<Attack> garbage() {
        return Arbitraries.strings()
                .all()
                .ofMinLength(0)
                .ofMaxLength(300)
                .flatMap(s -> Arbitraries.of(
                        post("/ServiceRequest", s),
                        new Attack("POST", "/ServiceRequest", "application/fhir+xml", s),
                        new Attack("PUT", "/Appointment/" + UUID.randomUUID(), "application/fhir+json", s)));
    }

    private Arbitrary<Attack> deepNesting() {
        return Arbitraries.integers()
                .between(50, 20_000)
                .flatMap(depth -> Arbitraries.of(
                        post("/ServiceRequest", "[".repeat(depth)),
                        post(
                                "/ServiceRequest",
                                "{\"resourceType\":\"ServiceRequest\",\"contained\":" + "[{\"a\":".repeat(depth)),
                        post(
                                "/ServiceRequest",
                                "{\"resourceType\":\"ServiceRequest\",\"extension\":["
                                        + "{\"extension\":[".repeat(depth) + "]}".repeat(depth) + "]}")));
    }

    private Arbitrary<Attack> wrongResourceType() {
        return Arbitraries.of("Patient", "Appointment", "Bundle", "OperationOutcome", "NotAResource", "")
                .map(type -> post(
                        "/ServiceRequest",
                        valid(patient, SyncNetwork.EXAM).replace("\"ServiceRequest\"", "\"" + type + "\"")));
    }

    private Arbitrary<Attack> badAppointmentUpdates() {
        Arbitrary<String> ids = Arbitraries.oneOf(
                Arbitraries.create(() -> UUID.randomUUID().toString()),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(40));
        Arbitrary<String> statuses =
                Arbitraries.of("booked", "cancelled", "proposed", "arrived", "noshow", "entered-in-error", "x");
        return Combinators.combine(ids, statuses)
                .as((id, status) -> new Attack(
                        "PUT",
                        "/Appointment/" + id,
                        "application/fhir+json",
                        "{\"resourceType\":\"Appointment\",\"id\":\"" + id + "\",\"status\":\"" + status
                                + "\",\"participant\":[{\"status\":\"accepted\"}]}"));
    }

    private Arbitrary<Attack> badReports() {
        Arbitrary<String> references = Arbitraries.oneOf(
                Arbitraries.of("ServiceRequest/999999999", "ServiceRequest/abc", "Patient/1", "", "ServiceRequest/"),
                Arbitraries.longs().between(1, Long.MAX_VALUE).map(n -> "ServiceRequest/" + n),
                Arbitraries.just("ServiceRequest/" + bookedRequest));
        Arbitrary<String> studyStatus =
                Arbitraries.of("registered", "cancelled", "entered-in-error", "unknown", "available");
        Arbitrary<String> reportStatus =
                Arbitraries.of("registered", "partial", "preliminary", "cancelled", "final", "amended");
        return Arbitraries.oneOf(
                Combinators.combine(references, studyStatus)
                        .as((ref, status) -> post(
                                "/ImagingStudy",
                                "{\"resourceType\":\"ImagingStudy\",\"status\":\"" + status
                                        + "\",\"subject\":{\"display\":\"p\"},\"basedOn\":[{\"reference\":\"" + ref
                                        + "\"}]}")),
                Combinators.combine(references, reportStatus)
                        .as((ref, status) -> post(
                                "/DiagnosticReport",
                                "{\"resourceType\":\"DiagnosticReport\",\"status\":\"" + status
                                        + "\",\"code\":{\"text\":\"r\"},\"basedOn\":[{\"reference\":\"" + ref
                                        + "\"}]}")));
    }

    private static String jsonEscape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String fingerprint() {
        return jdbi.withHandle(h -> h.createQuery("""
                        select (select count(*) from request) || '/' || (select count(*) from request_event) || '/'
                               || (select coalesce(sum(version), 0) from appointment) || '/' || (select count(*) from patient)
                               || '/' || (select count(*) from appointment) || '/' || (select count(*) from inbound_referral)
                               || '/' || (select count(*) from outbox)""").mapTo(String.class).one());
    }
}
