package org.imagingnetwork.core.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Tests run at one known moment: Wednesday 25 November 2026, 10:00 in London. */
public final class FixedClock {
    public static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private FixedClock() {}

    public static Clock get() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
