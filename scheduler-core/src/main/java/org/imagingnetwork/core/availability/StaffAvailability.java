package org.imagingnetwork.core.availability;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.validation.FieldError;

/**
 * Records and withdraws staff absences (leave, sickness, training) and lists them. Bad input comes
 * back as field errors and writes nothing; every change is audited with who made it and why.
 */
@Singleton
public final class StaffAvailability {
    static final int NOTE_LIMIT = 500;

    private final StaffAbsences absences;

    @Inject
    public StaffAvailability(StaffAbsences absences) {
        this.absences = absences;
    }

    public AbsenceOutcome record(AbsenceForm form, StaffActor by, String reason) {
        Objects.requireNonNull(by, "by");
        List<FieldError> errors = new ArrayList<>();
        if (form.staffId() == null || form.staffId().isBlank() || !absences.staffExists(form.staffId())) {
            errors.add(new FieldError("staff", "Choose a member of staff"));
        }
        if (form.firstDay() == null) {
            errors.add(new FieldError("firstDay", "Enter the first day away"));
        }
        if (form.lastDay() == null) {
            errors.add(new FieldError("lastDay", "Enter the last day away"));
        } else if (form.firstDay() != null && form.lastDay().isBefore(form.firstDay())) {
            errors.add(new FieldError("lastDay", "The last day cannot be before the first day"));
        }
        Optional<AbsenceKind> kind = kind(form.kind());
        if (kind.isEmpty()) {
            errors.add(new FieldError("kind", "Choose leave, sickness or training"));
        }
        String note = form.note() == null ? "" : form.note().strip();
        if (note.length() > NOTE_LIMIT) {
            errors.add(new FieldError("note", "Keep the note to " + NOTE_LIMIT + " characters"));
        }
        if (!errors.isEmpty()) {
            return new AbsenceOutcome.Invalid(errors);
        }
        return new AbsenceOutcome.Recorded(absences.record(new NewAbsence(
                form.staffId(), form.firstDay(), form.lastDay(), kind.get(), note, by, reasonOf(reason))));
    }

    /** Withdraws the absence as it was read at this version. */
    public AbsenceOutcome withdraw(AbsenceId id, int version, StaffActor by, String reason) {
        Objects.requireNonNull(by, "by");
        return absences.withdraw(id, version, by, reasonOf(reason));
    }

    /** A member of staff's absences with a day from {@code first} to {@code last} inclusive. */
    public List<Absence> absencesOf(String staffId, LocalDate first, LocalDate last) {
        return absences.of(staffId, first, last);
    }

    /** The absences of a trust's staff with a day from {@code first} to {@code last} inclusive. */
    public List<Absence> absencesInTrust(OdsCode trust, LocalDate first, LocalDate last) {
        return absences.ofTrust(trust, first, last);
    }

    private static Optional<AbsenceKind> kind(String name) {
        return Arrays.stream(AbsenceKind.values())
                .filter(kind -> kind.name().equals(name))
                .findFirst();
    }

    private static String reasonOf(String reason) {
        return reason == null ? "" : reason.strip();
    }
}
