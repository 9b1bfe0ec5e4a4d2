package org.imagingnetwork.fhir.inbound;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.request.ReceiveOutcome;
import org.imagingnetwork.core.request.ReceiveReferral;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestService;
import org.imagingnetwork.fhir.security.BearerAuthentication;

/** {@code POST [base]/ServiceRequest}: a trust refers a patient; the request starts in RECEIVED. */
public final class ServiceRequestProvider implements IResourceProvider {

    private final RequestService requests;
    private final InboundReferrals referrals;
    private final FhirContext context;
    private final Clock clock;

    ServiceRequestProvider(RequestService requests, InboundReferrals referrals, FhirContext context, Clock clock) {
        this.requests = requests;
        this.referrals = referrals;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public Class<ServiceRequest> getResourceType() {
        return ServiceRequest.class;
    }

    /**
     * Creates the request. When the trust gives its own identifier (system and value), a repeat of
     * the same referral answers 200 with the request already made, as a conditional create would.
     */
    @Create
    public MethodOutcome create(@ResourceParam ServiceRequest resource, RequestDetails request) {
        OdsCode caller = BearerAuthentication.callerOf(request, OdsCode.class);
        ReferralReader.Read read = ReferralReader.read(resource, caller);
        if (read instanceof ReferralReader.Invalid invalid) {
            throw Refusals.unprocessable(context, invalid.issues());
        }
        Optional<Identifier> identifier = trustIdentifier(resource);
        if (identifier.isEmpty()) {
            return receive(((ReferralReader.Referral) read).referral());
        }
        String system = identifier.get().getSystem();
        String value = identifier.get().getValue();
        InboundReferrals.Claim claim = referrals.claim(caller, system, value, clock.instant());
        if (claim instanceof InboundReferrals.Known known) {
            MethodOutcome existing = new MethodOutcome(
                    new IdType("ServiceRequest", known.request().toString()), false);
            existing.setOperationOutcome(Refusals.information("Already received as request " + known.request()));
            return existing;
        }
        if (claim instanceof InboundReferrals.Busy) {
            throw new ResourceVersionConflictException(
                    "ServiceRequest.identifier: the same referral is being received right now; retry shortly",
                    Refusals.outcome(
                            List.of(new Refusals.Issue(
                                    "ServiceRequest.identifier",
                                    "The same referral is being received right now; retry shortly")),
                            OperationOutcome.IssueType.CONFLICT));
        }
        try {
            MethodOutcome created = receive(((ReferralReader.Referral) read).referral());
            referrals.complete(
                    caller,
                    system,
                    value,
                    new RequestId(Long.parseLong(created.getId().getIdPart())));
            return created;
        } catch (RuntimeException e) {
            referrals.release(caller, system, value);
            throw e;
        }
    }

    private MethodOutcome receive(ReceiveReferral referral) {
        ReceiveOutcome outcome = requests.receive(referral);
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

    /** The trust's own identifier of the referral, when it gives one with both system and value. */
    private static Optional<Identifier> trustIdentifier(ServiceRequest resource) {
        for (Identifier identifier : resource.getIdentifier()) {
            boolean complete = identifier.hasSystem() && identifier.hasValue();
            if (!complete
                    || identifier.getSystem().length() > 300
                    || identifier.getValue().length() > 200) {
                throw Refusals.invalid(
                        "ServiceRequest.identifier",
                        "An identifier needs a system (≤ 300 characters) and a value (≤ 200)");
            }
        }
        return resource.getIdentifier().stream().findFirst();
    }
}
