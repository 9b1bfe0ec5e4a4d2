package org.imagingnetwork.core.request;

import java.util.List;
import org.imagingnetwork.core.validation.FieldError;

/** What came of receiving a referral. */
public sealed interface ReceiveOutcome {
    record Received(Request request) implements ReceiveOutcome {}

    /** Nothing was saved; each error names the field of {@link ReceiveReferral} at fault. */
    record Invalid(List<FieldError> errors) implements ReceiveOutcome {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
