package org.imagingnetwork.optimizer.run;

public enum RunKind {
    /** Propose slots for the waiting list. */
    ALLOCATION,
    /** Build the diary: session types and staff for every room session. */
    DIARY,
    /** Find new times for the patients booked into a room that closes for some days (a scanner down). */
    DISRUPTION
}
