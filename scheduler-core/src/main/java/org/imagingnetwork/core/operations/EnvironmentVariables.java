package org.imagingnetwork.core.operations;

import java.util.Map;

/**
 * An app's settings as its environment gives them (docs/operations.md lists every variable), read
 * with a message naming the variable when one is missing or not a number.
 */
public record EnvironmentVariables(Map<String, String> values) {

    public EnvironmentVariables {
        values = Map.copyOf(values);
    }

    public static EnvironmentVariables system() {
        return new EnvironmentVariables(System.getenv());
    }

    public String text(String name, String fallback) {
        String value = values.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    public String required(String name) {
        String value = text(name, "");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("Set " + name + " (see docs/operations.md)");
        }
        return value;
    }

    public int number(String name, int fallback) {
        String value = text(name, "");
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not " + value);
        }
    }
}
