package org.imagingnetwork.core.availability;

public record AbsenceId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
