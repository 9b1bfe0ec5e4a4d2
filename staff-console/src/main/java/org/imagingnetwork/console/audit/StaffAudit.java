package org.imagingnetwork.console.audit;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.core.audit.AuditLog;
import org.imagingnetwork.core.patient.PatientId;

/**
 * Where the console records what staff read and change: who (user, role, organisation), what and
 * why. Pages that show a patient's record call {@link #patientShown}; bulk disclosures such as an
 * export call {@link #read}.
 */
@Singleton
public final class StaffAudit {

    public static final String PATIENT_SHOWN = "PATIENT_SHOWN";

    private final AuditLog log;

    StaffAudit(AuditLog log) {
        this.log = log;
    }

    public void patientShown(StaffUser user, PatientId patient, String what) {
        log.record(user.describe(), PATIENT_SHOWN, Optional.of(patient), what);
    }

    public void read(StaffUser user, String action, String detail) {
        log.record(user.describe(), action, Optional.empty(), detail);
    }
}
