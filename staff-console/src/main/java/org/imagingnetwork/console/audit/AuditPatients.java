package org.imagingnetwork.console.audit;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import org.imagingnetwork.core.jdbc.JdbiPatientRepository;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.patient.PatientRepository;
import org.jdbi.v3.core.Jdbi;

/** Finds whose record an audit search asks about: the patient id behind an NHS number. */
@Singleton
final class AuditPatients {

    private final PatientRepository patients;

    AuditPatients(Jdbi jdbi, Clock clock) {
        this.patients = new JdbiPatientRepository(jdbi, clock);
    }

    Optional<PatientId> idOf(AuditQuery.Patient patient) {
        if (patient instanceof AuditQuery.ByNhsNumber byNumber) {
            return patients.findByNhsNumber(byNumber.number()).map(Patient::id);
        }
        return Optional.of(((AuditQuery.ById) patient).id());
    }
}
