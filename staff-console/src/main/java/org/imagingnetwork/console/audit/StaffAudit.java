package org.imagingnetwork.console.audit;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.core.audit.AuditLog;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.patient.PatientId;

/**
 * Where the console records what staff read: who (user, role, organisation), what and why. Pages
 * that show a patient's record call {@link #patientShown}; bulk disclosures such as an export call
 * {@link #read}. Changes are audited by the services that make them, in the change's transaction.
 */
@Singleton
public final class StaffAudit {

    public static final String PATIENT_SHOWN = "PATIENT_SHOWN";

    private final AuditLog log;

    StaffAudit(AuditLog log) {
        this.log = log;
    }

    public void patientShown(StaffUser user, PatientId patient, String what, String why) {
        log.record(AuditRecord.by(user.staffActor(), PATIENT_SHOWN, Optional.of(patient), what, why));
    }

    public void read(StaffUser user, String action, String detail) {
        read(user, action, Optional.empty(), detail);
    }

    /** A bulk read that may be about one patient (such as the audit log filtered to their record). */
    public void read(StaffUser user, String action, Optional<PatientId> patient, String detail) {
        log.record(AuditRecord.by(user.staffActor(), action, patient, detail, ""));
    }
}
