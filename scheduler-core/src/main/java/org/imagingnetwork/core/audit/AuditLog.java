package org.imagingnetwork.core.audit;

import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.patient.PatientId;

/**
 * Who read or changed patient data. Staff screens record every read of a patient's record here;
 * writes made through the repositories are recorded by them in the same transaction. The detail
 * says what was done in words ("viewed waiting-list entry"), never the patient's data itself.
 */
public interface AuditLog {
    void record(String actor, String action, Optional<PatientId> patient, String detail);

    default void record(String actor, String action, PatientId patient, String detail) {
        record(actor, action, Optional.of(patient), detail);
    }

    /** Everything recorded against one patient, oldest first. */
    List<AuditEntry> trailOf(PatientId patient);

    /** What one member of staff did, newest first, for investigating inappropriate access. */
    List<AuditEntry> byActor(String actor, int limit);
}
