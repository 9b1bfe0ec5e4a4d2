package org.imagingnetwork.fhir.inbound;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.imagingnetwork.core.request.RisEvent;

/** {@code POST [base]/DiagnosticReport}: final → reported; amended or corrected → amended. */
public final class DiagnosticReportProvider implements IResourceProvider {

    private final RisReportProvider reports;

    DiagnosticReportProvider(RisReportProvider reports) {
        this.reports = reports;
    }

    @Override
    public Class<DiagnosticReport> getResourceType() {
        return DiagnosticReport.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam DiagnosticReport report, RequestDetails request) {
        RisEvent event;
        if (report.getStatus() == DiagnosticReport.DiagnosticReportStatus.FINAL) {
            event = RisEvent.REPORTED;
        } else if (report.getStatus() == DiagnosticReport.DiagnosticReportStatus.AMENDED
                || report.getStatus() == DiagnosticReport.DiagnosticReportStatus.CORRECTED) {
            event = RisEvent.AMENDED;
        } else {
            throw Refusals.invalid("DiagnosticReport.status", "Only final, amended and corrected reports are taken");
        }
        return reports.record("DiagnosticReport", report.getBasedOn(), event, request);
    }
}
