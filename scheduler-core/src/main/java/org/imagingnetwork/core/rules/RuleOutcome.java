package org.imagingnetwork.core.rules;

import java.util.List;
import org.imagingnetwork.core.validation.FieldError;

/** What came of setting up or switching a rule. */
public sealed interface RuleOutcome {
    /** The rule as saved, and how many vetted requests it (or the change) made appointable at once. */
    record Saved(AppointabilityRule rule, int madeAppointable) implements RuleOutcome {}

    record NotFound(RuleId id) implements RuleOutcome {}

    record Invalid(List<FieldError> errors) implements RuleOutcome {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
