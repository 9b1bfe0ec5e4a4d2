package org.imagingnetwork.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's settings, from system properties ({@code -Dload.users=200}): load-tests/run.sh sets
 * them, and the Gatling plugin passes Maven's on to the simulation.
 */
public final class LoadSettings {

    private LoadSettings() {}

    /** The load balancer in front of the portals and the FHIR boundary. */
    public static String baseUrl() {
        return text("load.baseUrl", "https://127.0.0.1:18443");
    }

    /** The load balancer in front of the staff console's instances. */
    public static String consoleUrl() {
        return text("load.consoleUrl", "https://127.0.0.1:18444");
    }

    /** Where the seeding wrote its feeder files. */
    public static Path feeders() {
        return Path.of(text("load.feeders", "target/load"));
    }

    public static int number(String name, int fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not " + value, e);
        }
    }

    public static Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(number(name, fallback));
    }

    public static String text(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    public static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Set -D" + name);
        }
        return value.strip();
    }

    /** A feeder file the seeding wrote, as Gatling's records (the header line names the columns). */
    public static List<Map<String, Object>> records(String file) {
        Path path = feeders().resolve(file);
        try {
            List<String> lines = Files.readAllLines(path);
            if (lines.isEmpty()) {
                throw new IllegalStateException(path + " is empty: run the seeding first");
            }
            String[] columns = lines.get(0).split(",");
            List<Map<String, Object>> records = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] values = line.split(",", -1);
                Map<String, Object> record = new LinkedHashMap<>();
                for (int i = 0; i < columns.length; i++) {
                    record.put(columns[i], values[i]);
                }
                records.add(record);
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + ": run the seeding first", e);
        }
    }
}
