package org.imagingnetwork.core.diary;

import java.util.List;
import org.imagingnetwork.core.validation.FieldError;

/** What came of a change to the diary. Every expected result is one of these, never an exception. */
public sealed interface DiaryOutcome {

    /** Committed, with its outbox rows and its audit rows. */
    record Changed(DiaryChange change) implements DiaryOutcome {}

    /** No such slot, session or room; names the field. */
    record NotFound(String field) implements DiaryOutcome {}

    /** The command cannot be carried out (a time already passed, a slot already blocked); nothing was changed. */
    record Invalid(List<FieldError> errors) implements DiaryOutcome {
        public Invalid {
            errors = List.copyOf(errors);
        }

        static Invalid of(String field, String message) {
            return new Invalid(List.of(new FieldError(field, message)));
        }
    }
}
