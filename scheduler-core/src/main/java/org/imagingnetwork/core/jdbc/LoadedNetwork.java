package org.imagingnetwork.core.jdbc;

import java.time.Duration;
import java.util.Map;

/** What a load wrote: rows per table, the id offsets applied, how long it took and how long each step took. */
public record LoadedNetwork(Map<String, Long> rows, IdOffsets offsets, Duration elapsed, Map<String, Duration> steps) {
    public LoadedNetwork {
        rows = Map.copyOf(rows);
        steps = Map.copyOf(steps);
    }

    public long rows(String table) {
        return rows.getOrDefault(table, 0L);
    }
}
