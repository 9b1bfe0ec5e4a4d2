package org.imagingnetwork.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Set;
import org.imagingnetwork.core.audit.AuditActions;
import org.imagingnetwork.core.audit.AuditEntry;
import org.imagingnetwork.core.support.CoreServices;
import org.imagingnetwork.core.support.TestPatients;
import org.junit.jupiter.api.Test;

class PatientRegistryIT {
    private final CoreServices core = CoreServices.create();

    @Test
    void registersAPatientFindableByIdAndNhsNumberAndAuditsIt() {
        String nhs = TestPatients.newNhsNumber();

        PatientOutcome outcome = core.registry().register(TestPatients.adult(nhs), "staff:ann");

        Patient patient = ((PatientOutcome.Registered) outcome).patient();
        assertThat(core.patients().find(patient.id())).contains(patient);
        assertThat(core.patients().findByNhsNumber(new NhsNumber(nhs))).contains(patient);
        assertThat(patient.postcode().value()).isEqualTo("B15 2TH");
        assertThat(patient.accessibilityNeeds()).containsExactly("wheelchair user");
        assertThat(core.audit().trailOf(patient.id()))
                .extracting(AuditEntry::actor, AuditEntry::action)
                .containsExactly(tuple("staff:ann", AuditActions.PATIENT_REGISTERED));
    }

    @Test
    void aSecondRegistrationOfTheSameNhsNumberPointsToTheFirst() {
        String nhs = TestPatients.newNhsNumber();
        Patient first =
                ((PatientOutcome.Registered) core.registry().register(TestPatients.adult(nhs), "staff:ann")).patient();
        long patients = core.count("patient");

        PatientOutcome again = core.registry().register(TestPatients.adult(nhs), "staff:bob");

        assertThat(again).isEqualTo(new PatientOutcome.AlreadyRegistered(first.id()));
        assertThat(core.count("patient")).isEqualTo(patients);
    }

    @Test
    void badDetailsNameTheFieldsAndSaveNothing() {
        long patients = core.count("patient");
        long audit = core.count("audit_log");
        PatientInput input = new PatientInput(
                "9434765918",
                "Grace",
                "Okafor",
                LocalDate.of(1961, 4, 12),
                "B15",
                null,
                null,
                ContactPreference.EMAIL,
                Language.EN,
                Set.of(),
                null,
                null,
                null);

        PatientOutcome outcome = core.registry().register(input, "staff:ann");

        assertThat(((PatientOutcome.Invalid) outcome).errors())
                .extracting(e -> e.field())
                .containsExactlyInAnyOrder("nhsNumber", "postcode", "email");
        assertThat(core.count("patient")).isEqualTo(patients);
        assertThat(core.count("audit_log")).isEqualTo(audit);
    }

    @Test
    void updatesDetailsAtTheVersionReadAndRefusesAStaleEdit() {
        String nhs = TestPatients.newNhsNumber();
        Patient patient =
                ((PatientOutcome.Registered) core.registry().register(TestPatients.adult(nhs), "staff:ann")).patient();
        int version = core.patients().findForEdit(patient.id()).orElseThrow().version();
        PatientInput moved = new PatientInput(
                nhs,
                "Grace",
                "Okafor",
                LocalDate.of(1961, 4, 12),
                "WR5 1DD",
                null,
                "grace@example.com",
                ContactPreference.EMAIL,
                Language.CY,
                Set.of(),
                null,
                null,
                null);

        PatientOutcome updated = core.registry().update(patient.id(), version, moved, "staff:ann");
        PatientOutcome stale = core.registry().update(patient.id(), version, TestPatients.adult(nhs), "staff:bob");

        assertThat(updated).isInstanceOf(PatientOutcome.Updated.class);
        Patient now = core.patients().find(patient.id()).orElseThrow();
        assertThat(now.postcode().value()).isEqualTo("WR5 1DD");
        assertThat(now.contactPreference()).isEqualTo(ContactPreference.EMAIL);
        assertThat(now.phone()).isEmpty();
        assertThat(stale).isEqualTo(new PatientOutcome.ChangedMeanwhile(patient.id()));
        assertThat(core.audit().trailOf(patient.id()))
                .extracting(AuditEntry::action)
                .containsExactly(AuditActions.PATIENT_REGISTERED, AuditActions.PATIENT_UPDATED);
    }

    @Test
    void refusesToChangeAPatientsNhsNumber() {
        String nhs = TestPatients.newNhsNumber();
        Patient patient =
                ((PatientOutcome.Registered) core.registry().register(TestPatients.adult(nhs), "staff:ann")).patient();

        PatientOutcome outcome =
                core.registry().update(patient.id(), 0, TestPatients.adult(TestPatients.newNhsNumber()), "staff:ann");

        assertThat(((PatientOutcome.Invalid) outcome).errors())
                .extracting(e -> e.field())
                .containsExactly("nhsNumber");
        assertThat(core.patients().find(patient.id()).orElseThrow().nhsNumber().value())
                .isEqualTo(nhs);
    }

    @Test
    void updatingSomeoneWhoIsNotThereSaysSo() {
        PatientId nobody = new PatientId(Long.MAX_VALUE);

        assertThat(core.registry().update(nobody, 0, TestPatients.adult(TestPatients.newNhsNumber()), "staff:ann"))
                .isEqualTo(new PatientOutcome.NotFound(nobody));
    }
}
