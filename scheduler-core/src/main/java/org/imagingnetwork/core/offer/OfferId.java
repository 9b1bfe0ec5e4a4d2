package org.imagingnetwork.core.offer;

import java.util.UUID;

public record OfferId(UUID value) {
    public static OfferId random() {
        return new OfferId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
