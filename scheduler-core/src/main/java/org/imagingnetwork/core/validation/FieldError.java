package org.imagingnetwork.core.validation;

import java.util.Objects;

/** Bad input, named by the field it came from, in words a user can act on. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
