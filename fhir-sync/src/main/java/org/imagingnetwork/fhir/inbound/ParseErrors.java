package org.imagingnetwork.fhir.inbound;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseOperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Names the element in the refusals HAPI makes itself. HAPI's parser and its update binding say which
 * element is at fault only in their message ({@code [element="priority"] Invalid attribute value},
 * {@code Unknown element 'colour'}, a body without the id of the URL), and the OperationOutcome it
 * answers with has no {@code expression}. This reads the element from the message and answers with
 * an issue that names it; a refusal whose element cannot be known is left as HAPI made it.
 */
@Interceptor
public final class ParseErrors {

    private static final Pattern LOCATION = Pattern.compile("\\[element=\"([A-Za-z0-9_\\-\\[\\]]*)\"]");
    private static final List<Pattern> NAMED = List.of(
            Pattern.compile("(?:Unknown|non-repeatable|required) (?:element|attribute) '([A-Za-z0-9_\\-\\[\\]]+)'"),
            Pattern.compile("incorrect type for element ([A-Za-z0-9_\\-\\[\\]]+)"));
    private static final Pattern BODY_ID = Pattern.compile("ID element");

    /** The FHIRPath of the element a HAPI parse message is about, under the resource type, if it says. */
    static Optional<String> expression(String resourceType, String message) {
        if (message == null || resourceType == null || resourceType.isBlank()) {
            return Optional.empty();
        }
        if (BODY_ID.matcher(message).find()) {
            return Optional.of(resourceType + ".id");
        }
        Matcher location = LOCATION.matcher(message);
        String parent = location.find() ? location.group(1) : "";
        for (Pattern named : NAMED) {
            Matcher element = named.matcher(message);
            if (element.find()) {
                String name = element.group(1);
                boolean under = !parent.isEmpty() && !parent.equals(name) && !parent.equals(resourceType);
                return Optional.of(resourceType + "." + (under ? parent + "." : "") + name);
            }
        }
        return parent.isEmpty() || parent.equals(resourceType)
                ? Optional.empty()
                : Optional.of(resourceType + "." + parent);
    }

    /** Gives HAPI's own 400s for a resource an issue naming the element, when the message says which. */
    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException name(RequestDetails request, Throwable thrown) {
        boolean hapis = thrown instanceof DataFormatException
                || thrown instanceof InvalidRequestException refusal && !hasExpression(refusal.getOperationOutcome());
        if (!hapis) {
            return null;
        }
        return expression(request.getResourceName(), thrown.getMessage())
                .map(expression -> Refusals.invalid(expression, brief(thrown.getMessage())))
                .orElse(null);
    }

    static String brief(String message) {
        String text = message == null ? "The resource could not be read" : message;
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static boolean hasExpression(IBaseOperationOutcome outcome) {
        return outcome instanceof OperationOutcome r4
                && r4.getIssue().stream().anyMatch(OperationOutcome.OperationOutcomeIssueComponent::hasExpression);
    }
}
