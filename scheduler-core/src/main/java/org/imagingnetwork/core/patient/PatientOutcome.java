package org.imagingnetwork.core.patient;

import java.util.List;
import org.imagingnetwork.core.validation.FieldError;

/** What came of registering or updating a patient. */
public sealed interface PatientOutcome {
    record Registered(Patient patient) implements PatientOutcome {}

    record Updated(Patient patient) implements PatientOutcome {}

    /** The NHS number belongs to a patient already registered; use that record. */
    record AlreadyRegistered(PatientId existing) implements PatientOutcome {}

    record NotFound(PatientId id) implements PatientOutcome {}

    /** Someone else saved changes since the details were read; show them and ask again. */
    record ChangedMeanwhile(PatientId id) implements PatientOutcome {}

    record Invalid(List<FieldError> errors) implements PatientOutcome {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
