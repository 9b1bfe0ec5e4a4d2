package org.imagingnetwork.fhir.inbound;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * FHIR JSON and XML only, in and out. HAPI would also take and give RDF Turtle when Jena is on the
 * classpath (it is, through HAPI itself), but a Turtle body gets none of the strict checks JSON and
 * XML get, and a Turtle body HAPI reads as no resource at all ended in a 500. A body of any other
 * media type is refused 415, a request for Turtle answers 406, and the CapabilityStatement lists
 * only the formats that remain.
 */
@Interceptor
public final class MediaTypes {

    /** The CapabilityStatement.format codes of what we read and write. */
    static final List<String> FORMATS = List.of("application/fhir+json", "json", "application/fhir+xml", "xml");

    private static final Set<EncodingEnum> ACCEPTED = Set.of(EncodingEnum.JSON, EncodingEnum.XML);

    /** Runs before HAPI picks a method and parses the body (a null parse fails before later hooks). */
    @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
    public void check(RequestDetails request) {
        byte[] body = request.loadRequestContents();
        if (body != null && body.length > 0) {
            String contentType = request.getHeader("Content-Type");
            EncodingEnum encoding = contentType == null ? null : EncodingEnum.forContentTypeStrict(contentType);
            if (encoding == null || !ACCEPTED.contains(encoding)) {
                throw refusal(
                        415, "Content-Type", "Send the resource as application/fhir+json or application/fhir+xml");
            }
        }
        if (asksForRdf(request.getHeader("Accept")) || asksForRdf(formatParameter(request))) {
            throw refusal(406, "Accept", "Answers come as application/fhir+json or application/fhir+xml");
        }
    }

    /** Keeps the formats HAPI lists to the ones this server reads and writes. */
    static void describe(CapabilityStatement statement) {
        statement.getFormat().removeIf(format -> !FORMATS.contains(format.getValue()));
    }

    private static String formatParameter(RequestDetails request) {
        String[] values = request.getParameters().get("_format");
        return values == null ? null : String.join(",", values);
    }

    private static boolean asksForRdf(String value) {
        if (value == null) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.contains("turtle") || lower.contains("ttl") || lower.contains("rdf");
    }

    private static BaseServerResponseException refusal(int status, String expression, String message) {
        UnclassifiedServerFailureException exception = new UnclassifiedServerFailureException(status, message);
        exception.setOperationOutcome(
                Refusals.outcome(List.of(new Refusals.Issue(expression, message)), IssueType.NOTSUPPORTED));
        return exception;
    }
}
