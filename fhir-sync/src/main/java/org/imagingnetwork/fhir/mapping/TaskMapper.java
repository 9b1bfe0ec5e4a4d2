package org.imagingnetwork.fhir.mapping;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Task;

/**
 * A referral rejected at vetting as a FHIR R4 {@code Task} for the referring trust's RIS: the
 * network's task of fulfilling the trust's ServiceRequest, {@code rejected}, with the radiologist's
 * reason as its {@code statusReason}. References are logical, as in every resource we send: the
 * request by our identifier (the one the trust's create was answered with), the patient by NHS
 * number and both organisations by ODS code.
 */
public final class TaskMapper {

    static final String TASK_CODES = "http://hl7.org/fhir/CodeSystem/task-code";

    private TaskMapper() {}

    public static Task toFhir(RejectionSnapshot snapshot) {
        Task task = new Task();
        task.getMeta().addProfile(UkCoreProfiles.TASK);
        SyncSequence.stamp(task, snapshot.sequence());
        task.addIdentifier(identifier(snapshot));
        task.setStatus(Task.TaskStatus.REJECTED);
        task.setStatusReason(new CodeableConcept().setText(snapshot.reason().strip()));
        task.setIntent(Task.TaskIntent.ORDER);
        task.setCode(new CodeableConcept(new Coding(TASK_CODES, "fulfill", "Fulfill the focal request")));
        task.setDescription("Referral rejected at vetting");
        task.setFocus(AppointmentMapper.logical(
                        "ServiceRequest",
                        FhirSystems.REQUEST,
                        snapshot.request().toString())
                .setDisplay(snapshot.examName()));
        task.setFor(AppointmentMapper.logical(
                "Patient", FhirSystems.NHS_NUMBER, snapshot.patient().value()));
        task.setAuthoredOnElement(FhirTimes.dateTime(snapshot.rejectedAt()));
        task.setLastModifiedElement(FhirTimes.dateTime(snapshot.rejectedAt()));
        task.setRequester(AppointmentMapper.logical(
                "Organization",
                FhirSystems.ODS_ORGANISATION,
                snapshot.referringTrust().value()));
        task.setOwner(AppointmentMapper.logical(
                "Organization",
                FhirSystems.ODS_ORGANISATION,
                snapshot.rejectedBy().value()));
        return task;
    }

    /** Our identifier of the rejection: the idempotency key of its write, one per request. */
    public static Identifier identifier(RejectionSnapshot snapshot) {
        return new Identifier()
                .setUse(Identifier.IdentifierUse.OFFICIAL)
                .setSystem(FhirSystems.REFERRAL_REJECTION)
                .setValue(snapshot.request().toString());
    }
}
