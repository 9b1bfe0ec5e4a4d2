package org.imagingnetwork.core.booking;

public enum AppointmentStatus {
    BOOKED,
    ARRIVED,
    FULFILLED,
    NOSHOW,
    CANCELLED,
    /** Replaced by another appointment when the patient rescheduled. */
    MOVED;

    /** Live appointments hold their slot; the database allows one per slot and one per request. */
    public boolean isLive() {
        return this == BOOKED || this == ARRIVED || this == FULFILLED;
    }
}
