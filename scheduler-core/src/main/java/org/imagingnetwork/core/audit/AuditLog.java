package org.imagingnetwork.core.audit;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.imagingnetwork.core.patient.PatientId;

/**
 * Who read or changed patient data. Staff screens record every read of a patient's record here;
 * changes are recorded in the change's own transaction (the JDBC implementation takes the open
 * handle), so a change and its audit row commit or roll back together. The detail says what was
 * done in words ("viewed waiting-list entry"), never the patient's data itself.
 */
public interface AuditLog {

    /** Records, in a transaction of its own, something that changes nothing else: a read, an export. */
    void record(AuditRecord entry);

    /** Records what a caller naming only who acted did, in the SYSTEM role. */
    default void record(String actor, String action, Optional<PatientId> patient, String detail) {
        record(AuditRecord.bySystem(actor, action, patient, detail));
    }

    default void record(String actor, String action, PatientId patient, String detail) {
        record(actor, action, Optional.of(patient), detail);
    }

    /** Everything recorded against one patient, oldest first. */
    List<AuditEntry> trailOf(PatientId patient);

    /** What one member of staff did, newest first, for investigating inappropriate access. */
    List<AuditEntry> byActor(String actor, int limit);

    /** The entries the filter matches, newest first: {@code limit} of them after skipping {@code offset}, and the total. */
    AuditPage search(AuditFilter filter, int limit, int offset);

    /** Every entry the filter matches, newest first, handed over one at a time (for a CSV export of any size). */
    void export(AuditFilter filter, Consumer<AuditEntry> sink);
}
