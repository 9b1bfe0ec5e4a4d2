package org.imagingnetwork.core.audit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.validation.InvalidFieldException;

/**
 * Which audit entries to show: those about one patient, by one actor (the name the log records,
 * such as {@code staff:jsmith}), and from the start of the London day {@code from} up to the start
 * of the London day {@code to} (so {@code to} is the first day left out). Each part is optional.
 */
public record AuditFilter(
        Optional<PatientId> patient, Optional<String> actor, Optional<LocalDate> from, Optional<LocalDate> to) {

    public static final AuditFilter EVERYTHING =
            new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public AuditFilter {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (actor.isPresent() && actor.get().isBlank()) {
            throw new InvalidFieldException("actor", "must not be blank; leave it out to see everyone");
        }
        if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
            throw new InvalidFieldException("to", "must be after the first day");
        }
    }

    public AuditFilter aboutPatient(PatientId id) {
        return new AuditFilter(Optional.of(id), actor, from, to);
    }

    public AuditFilter byActor(String name) {
        return new AuditFilter(patient, Optional.of(name), from, to);
    }

    /** Days {@code first} up to, not including, {@code end}. */
    public AuditFilter between(LocalDate first, LocalDate end) {
        return new AuditFilter(patient, actor, Optional.of(first), Optional.of(end));
    }
}
