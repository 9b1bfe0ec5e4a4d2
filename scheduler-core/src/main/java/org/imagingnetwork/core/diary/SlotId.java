package org.imagingnetwork.core.diary;

public record SlotId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
