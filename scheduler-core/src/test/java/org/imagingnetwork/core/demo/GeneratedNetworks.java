package org.imagingnetwork.core.demo;

import java.time.LocalDate;

/** The demo networks the tests look at, generated once per test JVM (the full one takes a few seconds). */
final class GeneratedNetworks {

    static final long SEED = 20_261_207L;
    static final LocalDate START = LocalDate.of(2026, 12, 7);

    private static DemoNetwork full;
    private static DemoNetwork small;

    private GeneratedNetworks() {}

    static synchronized DemoNetwork full() {
        if (full == null) {
            full = DemoNetwork.generate(DemoPreset.FULL, SEED, START);
        }
        return full;
    }

    static synchronized DemoNetwork small() {
        if (small == null) {
            small = DemoNetwork.generate(DemoPreset.SMALL, SEED, START);
        }
        return small;
    }

    static DemoNetwork of(DemoPreset preset) {
        return preset == DemoPreset.FULL ? full() : small();
    }
}
