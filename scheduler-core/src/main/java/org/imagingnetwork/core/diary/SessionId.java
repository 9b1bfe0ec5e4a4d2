package org.imagingnetwork.core.diary;

public record SessionId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
