package org.imagingnetwork.core.diary;

public enum SessionStatus {
    /** Planned by the optimiser or staff, not yet bookable. */
    DRAFT,
    /** Open for booking. */
    RELEASED,
    /** Closed by staff: a broken scanner, a closed room. */
    BLOCKED
}
