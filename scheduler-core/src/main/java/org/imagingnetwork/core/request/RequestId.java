package org.imagingnetwork.core.request;

public record RequestId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
