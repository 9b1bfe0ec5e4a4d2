package org.imagingnetwork.core.availability;

import java.util.List;
import org.imagingnetwork.core.validation.FieldError;

/** What came of recording or withdrawing an absence. */
public sealed interface AbsenceOutcome {
    record Recorded(Absence absence) implements AbsenceOutcome {}

    record Withdrawn(AbsenceId id) implements AbsenceOutcome {}

    /** No such absence, or it has been withdrawn already. */
    record NotFound(AbsenceId id) implements AbsenceOutcome {}

    /** Someone changed or withdrew it since it was read; nothing was written. */
    record Changed(AbsenceId id) implements AbsenceOutcome {}

    /** Bad input, by field; nothing was written. */
    record Invalid(List<FieldError> errors) implements AbsenceOutcome {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
