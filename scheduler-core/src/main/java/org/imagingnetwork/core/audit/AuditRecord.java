package org.imagingnetwork.core.audit;

import java.util.Objects;
import java.util.Optional;
import org.imagingnetwork.core.patient.PatientId;

/**
 * One thing to write to the audit log: who (name, role, organisation), what, to whose record, in
 * words, and why. The reason may be empty for a read; a change should say why it was made.
 */
public record AuditRecord(
        String actor,
        String role,
        String organisation,
        String action,
        Optional<PatientId> patient,
        String detail,
        String reason) {

    /** The role recorded for the platform itself and for callers that name no role. */
    public static final String SYSTEM_ROLE = "SYSTEM";

    public AuditRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(reason, "reason");
    }

    /** What a member of staff did, to a patient's record or to none. */
    public static AuditRecord by(
            StaffActor who, String action, Optional<PatientId> patient, String detail, String reason) {
        return new AuditRecord(
                who.auditName(), who.role(), who.organisation().value(), action, patient, detail, reason);
    }

    /** What the platform, or a caller naming only who acted, did: the SYSTEM role, no organisation, no reason. */
    public static AuditRecord bySystem(String actor, String action, Optional<PatientId> patient, String detail) {
        return new AuditRecord(actor, SYSTEM_ROLE, "", action, patient, detail, "");
    }
}
