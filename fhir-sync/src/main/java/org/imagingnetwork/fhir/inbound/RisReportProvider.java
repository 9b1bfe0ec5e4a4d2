package org.imagingnetwork.fhir.inbound;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.List;
import org.hl7.fhir.r4.model.Reference;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.request.RequestCommand;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestOutcome;
import org.imagingnetwork.core.request.RequestService;
import org.imagingnetwork.core.request.RisEvent;
import org.imagingnetwork.fhir.mapping.FhirSystems;
import org.imagingnetwork.fhir.security.BearerAuthentication;

/**
 * What ImagingStudy and DiagnosticReport notifications share: find the request they are based on,
 * check it is the caller's, and record the RIS event through the request service. A repeat of an
 * event the request already reflects is accepted and changes nothing.
 */
final class RisReportProvider {

    private final RequestService requests;
    private final RisFeedRepository repository;
    private final FhirContext context;

    RisReportProvider(RequestService requests, RisFeedRepository repository, FhirContext context) {
        this.requests = requests;
        this.repository = repository;
        this.context = context;
    }

    MethodOutcome record(String type, List<Reference> basedOn, RisEvent event, RequestDetails request) {
        OdsCode caller = BearerAuthentication.callerOf(request, OdsCode.class);
        RequestId id = requestOf(type, basedOn);
        if (!repository.ownsRequest(id, caller)) {
            throw Refusals.notFound(type + ".basedOn", "No such request for your trust");
        }
        RequestOutcome outcome =
                requests.recordRisStatus(new RequestCommand.RisStatus(id, event, type, "ris:" + caller.value()));
        if (outcome instanceof RequestOutcome.IllegalMove move) {
            if (move.from() == event.state()) {
                return recorded(type, "Request " + id + " was already " + describe(event));
            }
            throw Refusals.unprocessable(context, List.of(new Refusals.Issue(type + ".status", move.message())));
        }
        if (outcome instanceof RequestOutcome.NotFound) {
            throw Refusals.notFound(type + ".basedOn", "No such request for your trust");
        }
        if (!(outcome instanceof RequestOutcome.Changed)) {
            throw Refusals.unprocessable(
                    context, List.of(new Refusals.Issue(type, "The request cannot take this event")));
        }
        return recorded(type, "Request " + id + " is now " + describe(event));
    }

    private static MethodOutcome recorded(String type, String message) {
        MethodOutcome outcome = new MethodOutcome();
        outcome.setCreated(true);
        outcome.setOperationOutcome(Refusals.information(message));
        return outcome;
    }

    private static String describe(RisEvent event) {
        return event.state().name().toLowerCase().replace('_', ' ');
    }

    /** {@code basedOn} as {@code ServiceRequest/<our id>} or an identifier in our request system. */
    private static RequestId requestOf(String type, List<Reference> basedOn) {
        for (Reference reference : basedOn) {
            String value = null;
            if (reference.hasReference() && reference.getReference().startsWith("ServiceRequest/")) {
                value = reference.getReferenceElement().getIdPart();
            } else if (FhirSystems.REQUEST.equals(reference.getIdentifier().getSystem())) {
                value = reference.getIdentifier().getValue();
            }
            if (value != null && value.matches("[0-9]{1,18}")) {
                return new RequestId(Long.parseLong(value));
            }
        }
        throw Refusals.invalid(
                type + ".basedOn",
                "Name the request as ServiceRequest/<id> or by identifier in system " + FhirSystems.REQUEST);
    }
}
