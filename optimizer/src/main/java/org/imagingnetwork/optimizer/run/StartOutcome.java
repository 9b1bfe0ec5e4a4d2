package org.imagingnetwork.optimizer.run;

import java.util.List;
import org.imagingnetwork.core.validation.FieldError;

/** What became of a request to start a run. */
public sealed interface StartOutcome {

    record Queued(RunId run) implements StartOutcome {}

    /** Nothing was queued; each error names the field that was wrong. */
    record Invalid(List<FieldError> errors) implements StartOutcome {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
