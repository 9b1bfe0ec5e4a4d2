package org.imagingnetwork.console.booking;

import java.util.Optional;
import org.imagingnetwork.core.validation.FieldError;

/** A reason typed by the clerk: required, and at most 500 characters. */
final class Reasons {

    static final int LONGEST = 500;

    private Reasons() {}

    static Optional<String> of(String typed) {
        if (typed == null || typed.isBlank() || typed.strip().length() > LONGEST) {
            return Optional.empty();
        }
        return Optional.of(typed.strip());
    }

    /** The error for a reason {@link #of} refused: {@code what} says what the reason is for. */
    static FieldError error(String field, String what, String typed) {
        return typed == null || typed.isBlank()
                ? new FieldError(field, "Enter " + what)
                : new FieldError(field, "Keep the reason to " + LONGEST + " characters or fewer");
    }
}
