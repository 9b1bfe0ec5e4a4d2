package org.imagingnetwork.core.request;

/** Clinical priority of a request, most urgent first. */
public enum Priority {
    URGENT,
    /** Suspected cancer, on the two-week-wait pathway. */
    TWO_WEEK_WAIT,
    ROUTINE,
    /** A planned follow-up due on a date rather than as soon as possible. */
    PLANNED
}
