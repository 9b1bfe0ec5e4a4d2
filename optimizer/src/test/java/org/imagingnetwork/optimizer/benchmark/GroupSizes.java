package org.imagingnetwork.optimizer.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.imagingnetwork.optimizer.allocation.Partitioner;

/** The groups of a partitioned solve and their timings, in words for the benchmark's log. */
final class GroupSizes {
    private GroupSizes() {}

    static String describe(List<Partitioner.Group> groups) {
        return groups.stream()
                .map(group -> String.format(
                        Locale.ROOT,
                        "%s (%,d slots, %,d requests)",
                        group.key(),
                        group.slots().size(),
                        group.placements().size()))
                .collect(Collectors.joining(", "));
    }

    static String times(Map<String, Duration> byGroup) {
        return new TreeMap<>(byGroup)
                .entrySet().stream()
                        .map(entry -> String.format(
                                Locale.ROOT,
                                "%s %.1f",
                                entry.getKey(),
                                entry.getValue().toMillis() / 1000.0))
                        .collect(Collectors.joining(", "));
    }
}
