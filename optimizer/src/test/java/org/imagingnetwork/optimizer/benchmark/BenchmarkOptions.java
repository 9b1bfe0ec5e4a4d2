package org.imagingnetwork.optimizer.benchmark;

import java.time.LocalDate;
import java.util.Optional;
import org.imagingnetwork.core.demo.DemoPreset;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.optimizer.allocation.Horizon;

/**
 * What the allocation benchmark runs on, from system properties: {@code preset} (FULL), {@code seed}
 * (42), {@code start} (the demo diary's first Monday, 2027-03-01), {@code week} (which week of the
 * diary to plan, 1 = the second, so that the standard five days' notice leaves the whole week open),
 * {@code seconds} (the solver's limit, 60), {@code splitByIcs} (false: the whole network is one pool)
 * and {@code modality} (all).
 */
record BenchmarkOptions(
        DemoPreset preset,
        long seed,
        LocalDate start,
        int week,
        int seconds,
        boolean splitByIcs,
        Optional<Modality> modality) {

    static BenchmarkOptions fromSystemProperties() {
        String modality = System.getProperty("modality", "");
        return new BenchmarkOptions(
                DemoPreset.valueOf(System.getProperty("preset", "FULL")),
                Long.getLong("seed", 42),
                LocalDate.parse(System.getProperty("start", "2027-03-01")),
                Integer.getInteger("week", 1),
                Integer.getInteger("seconds", 60),
                Boolean.parseBoolean(System.getProperty("splitByIcs", "false")),
                modality.isBlank() ? Optional.empty() : Optional.of(Modality.valueOf(modality)));
    }

    Horizon horizon() {
        LocalDate first = start.plusWeeks(week);
        return new Horizon(first, first.plusDays(6));
    }
}
