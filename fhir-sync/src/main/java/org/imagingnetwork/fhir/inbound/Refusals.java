package org.imagingnetwork.fhir.inbound;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** Refusals as OperationOutcomes whose issues name the element at fault, in words a RIS team can act on. */
final class Refusals {

    private Refusals() {}

    /** An element is missing or malformed: 400. */
    static BaseServerResponseException invalid(String expression, String message) {
        return new InvalidRequestException(
                message, outcome(List.of(new Issue(expression, message)), IssueType.INVALID));
    }

    /** The resource is well formed but cannot be accepted (unknown patient or exam, illegal move): 422. */
    static BaseServerResponseException unprocessable(FhirContext context, List<Issue> issues) {
        return new UnprocessableEntityException(context, outcome(issues, IssueType.BUSINESSRULE));
    }

    /** No such request or appointment for the calling trust; whether it exists elsewhere is not said. */
    static BaseServerResponseException notFound(String expression, String message) {
        ResourceNotFoundException exception = new ResourceNotFoundException(message);
        exception.setOperationOutcome(outcome(List.of(new Issue(expression, message)), IssueType.NOTFOUND));
        return exception;
    }

    /** What an accepted call did, for the RIS's log. */
    static OperationOutcome information(String message) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(IssueSeverity.INFORMATION)
                .setCode(IssueType.INFORMATIONAL)
                .setDiagnostics(message);
        return outcome;
    }

    static OperationOutcome outcome(List<Issue> issues, IssueType type) {
        OperationOutcome outcome = new OperationOutcome();
        for (Issue issue : issues) {
            outcome.addIssue()
                    .setSeverity(IssueSeverity.ERROR)
                    .setCode(type)
                    .setDiagnostics(issue.message())
                    .addExpression(issue.expression());
        }
        return outcome;
    }

    record Issue(String expression, String message) {}
}
