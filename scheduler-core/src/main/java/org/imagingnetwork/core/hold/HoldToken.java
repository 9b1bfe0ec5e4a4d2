package org.imagingnetwork.core.hold;

import java.util.Objects;
import java.util.UUID;

/** Proof that the holder took the hold: only the holder knows it, so only they can confirm or release it. */
public record HoldToken(String value) {
    public HoldToken {
        Objects.requireNonNull(value, "value");
    }

    public static HoldToken random() {
        return new HoldToken(UUID.randomUUID().toString());
    }
}
