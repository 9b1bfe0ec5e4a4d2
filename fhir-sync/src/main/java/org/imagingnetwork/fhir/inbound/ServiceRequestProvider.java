package org.imagingnetwork.fhir.inbound;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.imagingnetwork.core.request.ReceiveOutcome;
import org.imagingnetwork.core.request.RequestService;

/** {@code POST [base]/ServiceRequest}: a trust refers a patient; the request starts in RECEIVED. */
public final class ServiceRequestProvider implements IResourceProvider {

    private final RequestService requests;
    private final FhirContext context;

    public ServiceRequestProvider(RequestService requests, FhirContext context) {
        this.requests = requests;
        this.context = context;
    }

    @Override
    public Class<ServiceRequest> getResourceType() {
        return ServiceRequest.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam ServiceRequest resource, RequestDetails request) {
        ReferralReader.Read read = ReferralReader.read(resource, TrustAuthentication.callerOf(request));
        if (read instanceof ReferralReader.Invalid invalid) {
            throw Refusals.unprocessable(context, invalid.issues());
        }
        ReceiveOutcome outcome = requests.receive(((ReferralReader.Referral) read).referral());
        if (outcome instanceof ReceiveOutcome.Invalid invalid) {
            throw Refusals.unprocessable(
                    context,
                    invalid.errors().stream()
                            .map(e -> new Refusals.Issue(
                                    ReferralReader.ELEMENTS.getOrDefault(e.field(), "ServiceRequest"), e.message()))
                            .toList());
        }
        var received = ((ReceiveOutcome.Received) outcome).request();
        MethodOutcome created =
                new MethodOutcome(new IdType("ServiceRequest", received.id().toString()), true);
        created.setOperationOutcome(Refusals.information("Referral received as request " + received.id()));
        return created;
    }
}
