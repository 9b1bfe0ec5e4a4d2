package org.imagingnetwork.core.jdbc;

import java.util.Objects;

/**
 * Where the system of record lives. {@code url} is a PostgreSQL JDBC URL; credentials may be in it
 * or given separately (from the environment, never from code).
 */
public record DatabaseSettings(String url, String user, String password, int maxPoolSize) {
    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("DATABASE_URL must be a jdbc:postgresql: URL");
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1");
        }
    }

    public static DatabaseSettings of(String url) {
        return new DatabaseSettings(url, null, null, 10);
    }

    public DatabaseSettings withPoolSize(int size) {
        return new DatabaseSettings(url, user, password, size);
    }
}
