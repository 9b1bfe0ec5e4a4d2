package org.imagingnetwork.load.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A CSV file with a header line, as Gatling's feeders read it. */
record FeederFile(List<String> columns, List<List<String>> rows) {

    static FeederFile of(String... columns) {
        return new FeederFile(List.of(columns), new ArrayList<>());
    }

    FeederFile add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " values, got " + values.length);
        }
        List<String> row = new ArrayList<>();
        for (Object value : values) {
            String text = String.valueOf(value);
            if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
                throw new IllegalArgumentException("a feeder value cannot hold a comma, quote or line break: " + text);
            }
            row.add(text);
        }
        rows.add(row);
        return this;
    }

    int size() {
        return rows.size();
    }

    void write(Path file) {
        StringBuilder text = new StringBuilder(String.join(",", columns)).append('\n');
        rows.forEach(row -> text.append(String.join(",", row)).append('\n'));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
