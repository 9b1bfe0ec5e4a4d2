package org.imagingnetwork.core.diary;

public enum SlotStatus {
    FREE,
    BOOKED,
    BLOCKED
}
