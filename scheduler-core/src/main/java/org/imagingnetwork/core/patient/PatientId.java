package org.imagingnetwork.core.patient;

public record PatientId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
