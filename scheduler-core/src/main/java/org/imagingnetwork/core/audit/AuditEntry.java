package org.imagingnetwork.core.audit;

import java.time.Instant;
import java.util.Optional;
import org.imagingnetwork.core.patient.PatientId;

/** One line of the audit log: who did what, to whose record, when. */
public record AuditEntry(
        long id, Instant occurredAt, String actor, String action, Optional<PatientId> patient, String detail) {}
