package org.imagingnetwork.fhir.inbound;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.imagingnetwork.core.request.RisEvent;

/** {@code POST [base]/ImagingStudy} with status available: the images are acquired. */
public final class ImagingStudyProvider implements IResourceProvider {

    private final RisReportProvider reports;

    ImagingStudyProvider(RisReportProvider reports) {
        this.reports = reports;
    }

    @Override
    public Class<ImagingStudy> getResourceType() {
        return ImagingStudy.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam ImagingStudy study, RequestDetails request) {
        if (study.getStatus() != ImagingStudy.ImagingStudyStatus.AVAILABLE) {
            throw Refusals.invalid("ImagingStudy.status", "Only an available study says the images are acquired");
        }
        return reports.record("ImagingStudy", study.getBasedOn(), RisEvent.ACQUIRED, request);
    }
}
