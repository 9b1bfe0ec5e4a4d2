package org.imagingnetwork.core.audit;

import java.time.Instant;
import java.util.Optional;
import org.imagingnetwork.core.patient.PatientId;

/** One line of the audit log: who (in which role, for which organisation) did what, to whose record, when and why. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String role,
        String organisation,
        String action,
        Optional<PatientId> patient,
        String detail,
        String reason) {}
