package org.imagingnetwork.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Requests to the FHIR boundary as a channel or a trust's RIS sends them (docs/fhir.md): FHIR JSON,
 * with the caller's bearer token (a Gatling expression such as {@code #{trustToken}}, or the token).
 */
final class FhirRequests {

    static final String FHIR_JSON = "application/fhir+json";

    private FhirRequests() {}

    /** The booking channel's capability statement: what a channel reads when it connects. */
    static HttpRequestActionBuilder capabilities(String name, String token) {
        return as(http(name).get("/fhir/booking/metadata"), token);
    }

    /**
     * {@code POST /fhir/booking/Appointment} for the session's {@code slot}, {@code request} and
     * {@code nhsNumber}: 201 booked, 409 when the slot was just taken.
     */
    static HttpRequestActionBuilder book(String name, String token) {
        return as(http(name).post("/fhir/booking/Appointment"), token)
                .header("Content-Type", FHIR_JSON)
                .body(StringBody("""
                        {"resourceType": "Appointment", "status": "booked",
                         "slot": [{"reference": "Slot/#{slot}"}],
                         "basedOn": [{"reference": "ServiceRequest/#{request}"}],
                         "participant": [{"status": "accepted", "actor": {"identifier": {
                             "system": "https://fhir.nhs.uk/Id/nhs-number", "value": "#{nhsNumber}"}}}]}
                        """));
    }

    /** {@code PUT /fhir/ris/Appointment/<our id>} with a status the RIS reports (arrived, fulfilled). */
    static HttpRequestActionBuilder reportStatus(String name, String token, String status) {
        return as(http(name).put("/fhir/ris/Appointment/#{appointment}"), token)
                .header("Content-Type", FHIR_JSON)
                .body(StringBody("{\"resourceType\": \"Appointment\", \"id\": \"#{appointment}\", \"status\": \""
                        + status + "\", \"participant\": [{\"status\": \"accepted\"}]}"));
    }

    static HttpRequestActionBuilder as(HttpRequestActionBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token).header("Accept", FHIR_JSON);
    }
}
