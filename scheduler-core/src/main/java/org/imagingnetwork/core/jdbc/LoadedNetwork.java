package org.imagingnetwork.core.jdbc;

import java.time.Duration;
import java.util.Map;

/** What a load wrote: rows per table, the id offsets applied, and how long it took. */
public record LoadedNetwork(Map<String, Long> rows, IdOffsets offsets, Duration elapsed) {
    public LoadedNetwork {
        rows = Map.copyOf(rows);
    }

    public long rows(String table) {
        return rows.getOrDefault(table, 0L);
    }
}
