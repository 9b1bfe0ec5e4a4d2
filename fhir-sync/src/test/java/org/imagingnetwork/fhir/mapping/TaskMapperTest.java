package org.imagingnetwork.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

class TaskMapperTest {

    @Test
    void aRejectedReferralIsARejectedTaskWithTheRadiologistsReason() {
        Task task = TaskMapper.toFhir(Snapshots.rejection());

        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REJECTED);
        assertThat(task.getStatusReason().getText()).isEqualTo("Ultrasound first, please");
        assertThat(task.getIntent()).isEqualTo(Task.TaskIntent.ORDER);
        assertThat(task.getCode().getCodingFirstRep().getCode()).isEqualTo("fulfill");
        assertThat(task.getAuthoredOnElement().getValueAsString()).isEqualTo("2026-07-01T11:05:00+01:00");
    }

    @Test
    void namesTheRequestPatientAndBothOrganisationsByTheirIdentifiers() {
        Task task = TaskMapper.toFhir(Snapshots.rejection());

        assertThat(task.getIdentifierFirstRep().getSystem()).isEqualTo(FhirSystems.REFERRAL_REJECTION);
        assertThat(task.getIdentifierFirstRep().getValue()).isEqualTo("7");
        assertThat(logical(task.getFocus()))
                .isEqualTo("ServiceRequest https://fhir.imagingnetwork.nhs.uk/Id/request|7");
        assertThat(logical(task.getFor())).isEqualTo("Patient https://fhir.nhs.uk/Id/nhs-number|9434765919");
        assertThat(logical(task.getRequester()))
                .as("the trust that referred")
                .isEqualTo("Organization https://fhir.nhs.uk/Id/ods-organization-code|RRK");
        assertThat(logical(task.getOwner()))
                .as("the organisation whose radiologist rejected it")
                .isEqualTo("Organization https://fhir.nhs.uk/Id/ods-organization-code|Y60");
        assertThat(SyncSequence.of(task)).hasValue(43);
    }

    private static String logical(Reference reference) {
        return reference.getType() + " " + reference.getIdentifier().getSystem() + "|"
                + reference.getIdentifier().getValue();
    }
}
