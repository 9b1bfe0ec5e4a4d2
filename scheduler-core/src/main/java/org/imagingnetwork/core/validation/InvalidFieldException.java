package org.imagingnetwork.core.validation;

/**
 * Thrown by a domain constructor given a value that can never be valid (an NHS number that fails
 * its check digit, say). Callers that take user input validate first and return a
 * {@link FieldError}; this exception is for values that should already have been checked.
 */
public final class InvalidFieldException extends IllegalArgumentException {

    private final transient FieldError error;

    public InvalidFieldException(String field, String message) {
        super(field + ": " + message);
        this.error = new FieldError(field, message);
    }

    public FieldError error() {
        return error;
    }
}
