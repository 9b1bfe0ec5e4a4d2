package org.imagingnetwork.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import org.imagingnetwork.core.jdbc.JdbiAuditLog;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.support.CoreServices;
import org.imagingnetwork.core.support.FixedClock;
import org.imagingnetwork.core.support.TestRequests;
import org.junit.jupiter.api.Test;

class AuditLogIT {
    private final CoreServices core = CoreServices.create();

    @Test
    void recordsEachReadOfAPatientsRecordInTheirTrailInOrder() {
        PatientId patient = registered();
        AuditLog later =
                new JdbiAuditLog(core.jdbi(), Clock.fixed(FixedClock.NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC));

        core.audit().record("staff:ann", "VIEWED_PATIENT", patient, "Opened the waiting-list entry");
        later.record("staff:bob", "VIEWED_PATIENT", patient, "Opened the booking screen");

        assertThat(core.audit().trailOf(patient))
                .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::occurredAt, AuditEntry::detail)
                .containsExactly(
                        tuple("staff:fixture", AuditActions.PATIENT_REGISTERED, FixedClock.NOW, "Registered"),
                        tuple("staff:ann", "VIEWED_PATIENT", FixedClock.NOW, "Opened the waiting-list entry"),
                        tuple(
                                "staff:bob",
                                "VIEWED_PATIENT",
                                FixedClock.NOW.plus(Duration.ofHours(1)),
                                "Opened the booking screen"));
    }

    @Test
    void showsWhatOneMemberOfStaffDidNewestFirstIncludingWorkOnNoPatient() {
        PatientId patient = registered();
        String actor = "staff:auditee-" + patient.value();

        core.audit().record(actor, "VIEWED_PATIENT", patient, "Opened the record");
        core.audit().record(actor, "EXPORTED_WAITING_LIST", Optional.empty(), "Trust ZT1 waiting list");

        assertThat(core.audit().byActor(actor, 10))
                .extracting(AuditEntry::action, AuditEntry::patient)
                .containsExactly(
                        tuple("EXPORTED_WAITING_LIST", Optional.empty()),
                        tuple("VIEWED_PATIENT", Optional.of(patient)));
        assertThat(core.audit().byActor(actor, 1)).hasSize(1);
    }

    private PatientId registered() {
        String nhs = TestRequests.registeredPatient(core);
        return core.patients().findByNhsNumber(new NhsNumber(nhs)).orElseThrow().id();
    }
}
