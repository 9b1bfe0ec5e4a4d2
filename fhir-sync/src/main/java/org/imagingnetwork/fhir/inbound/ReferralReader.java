package org.imagingnetwork.fhir.inbound;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.ReceiveReferral;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.fhir.mapping.FhirSystems;

/**
 * Reads a trust's {@code ServiceRequest} into a referral, or says which elements are wrong. Only
 * the elements below are read; the domain checks the rest (patient registered, exam in catalogue).
 */
final class ReferralReader {

    /** Our pathway codes in ServiceRequest.category, for what FHIR's priority cannot say. */
    static final String PATHWAY = FhirSystems.BASE + "/CodeSystem/referral-pathway";

    /** Where each field of a referral lives in a ServiceRequest, to name it in an OperationOutcome. */
    static final Map<String, String> ELEMENTS = Map.of(
            "nhsNumber", "ServiceRequest.subject.identifier.value",
            "examCode", "ServiceRequest.code.coding.code",
            "priority", "ServiceRequest.priority",
            "dueDate", "ServiceRequest.occurrenceDateTime",
            "clinician", "ServiceRequest.requester.display",
            "receivedAt", "ServiceRequest.authoredOn",
            "referringTrust", "ServiceRequest.requester",
            "acceptableSites", "ServiceRequest.locationCode");

    private ReferralReader() {}

    sealed interface Read {}

    record Referral(ReceiveReferral referral) implements Read {}

    record Invalid(List<Refusals.Issue> issues) implements Read {}

    static Read read(ServiceRequest request, OdsCode caller) {
        List<Refusals.Issue> issues = new ArrayList<>();
        if (request.getStatus() != ServiceRequest.ServiceRequestStatus.ACTIVE) {
            issues.add(new Refusals.Issue("ServiceRequest.status", "A new referral has status 'active'"));
        }
        if (request.getIntent() != ServiceRequest.ServiceRequestIntent.ORDER) {
            issues.add(new Refusals.Issue("ServiceRequest.intent", "A referral for an exam has intent 'order'"));
        }
        String nhsNumber = request.getSubject().getIdentifier().getValue();
        if (!FhirSystems.NHS_NUMBER.equals(request.getSubject().getIdentifier().getSystem())
                || !NhsNumber.isValid(nhsNumber)) {
            issues.add(new Refusals.Issue(
                    "ServiceRequest.subject.identifier",
                    "Identify the patient by NHS number (system " + FhirSystems.NHS_NUMBER
                            + ") with a valid Modulus 11 check digit"));
        }
        Optional<String> exam = request.getCode().getCoding().stream()
                .filter(c -> FhirSystems.EXAM.equals(c.getSystem()))
                .map(Coding::getCode)
                .findFirst();
        if (exam.isEmpty() || exam.get() == null) {
            issues.add(new Refusals.Issue(
                    "ServiceRequest.code.coding", "Give the exam as a coding in system " + FhirSystems.EXAM));
        }
        String clinician = request.getRequester().getDisplay();
        if (clinician == null || clinician.isBlank() || clinician.length() > 200) {
            issues.add(new Refusals.Issue(
                    "ServiceRequest.requester.display", "Name the referring clinician (up to 200 characters)"));
        }
        Priority priority = priority(request);
        if (priority == null) {
            issues.add(
                    new Refusals.Issue("ServiceRequest.priority", "Give the priority: routine, urgent, asap or stat"));
        }
        LocalDate dueDate = null;
        if (priority == Priority.PLANNED) {
            if (!request.hasOccurrenceDateTimeType()
                    || request.getOccurrenceDateTimeType().getValue() == null) {
                issues.add(new Refusals.Issue(
                        "ServiceRequest.occurrenceDateTime", "A planned referral gives the date the exam is due"));
            } else {
                dueDate = London.clinicDay(
                        request.getOccurrenceDateTimeType().getValue().toInstant());
            }
        }
        if (!issues.isEmpty()) {
            return new Invalid(issues);
        }
        return new Referral(new ReceiveReferral(
                nhsNumber,
                exam.get(),
                priority,
                dueDate,
                caller.value(),
                clinician.strip(),
                false,
                false,
                null,
                false,
                false,
                null,
                null,
                null,
                request.getAuthoredOn() == null ? null : request.getAuthoredOn().toInstant(),
                "ris:" + caller.value()));
    }

    /** routine → ROUTINE, urgent/asap/stat → URGENT; our pathway category refines a routine referral. */
    private static Priority priority(ServiceRequest request) {
        Optional<String> pathway = request.getCategory().stream()
                .flatMap(c -> c.getCoding().stream())
                .filter(c -> PATHWAY.equals(c.getSystem()))
                .map(Coding::getCode)
                .findFirst();
        if (pathway.isPresent()) {
            return switch (pathway.get()) {
                case "two-week-wait" -> Priority.TWO_WEEK_WAIT;
                case "planned" -> Priority.PLANNED;
                default -> null;
            };
        }
        if (request.getPriority() == null) {
            return null;
        }
        return switch (request.getPriority()) {
            case ROUTINE -> Priority.ROUTINE;
            case URGENT, ASAP, STAT -> Priority.URGENT;
            default -> null;
        };
    }
}
