package org.imagingnetwork.core.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * The database the demo network lives in, on the PostgreSQL server the environment names. The demo
 * gets a database of its own, made afresh on every run, so the server's other databases (and other
 * people's test databases) are never touched and every run starts from the same network.
 */
public final class DemoDatabase {

    private static final Duration WAIT_FOR_SERVER = Duration.ofSeconds(60);

    private DemoDatabase() {}

    /**
     * Drops and creates {@code name} on the server of {@code serverUrl} (any JDBC URL on that server),
     * waiting up to a minute for the server to accept connections; returns the new database's URL.
     */
    public static String recreate(String serverUrl, String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and underscores");
        }
        try (Connection server = connect(serverUrl);
                Statement statement = server.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the demo database " + name + ": " + e.getMessage(), e);
        }
        return withDatabase(serverUrl, name);
    }

    private static Connection connect(String serverUrl) throws SQLException {
        Instant giveUp = Instant.now().plus(WAIT_FOR_SERVER);
        while (true) {
            try {
                return DriverManager.getConnection(serverUrl);
            } catch (SQLException e) {
                // 08xxx: cannot connect (yet); anything else, such as a wrong password, will not get better.
                boolean connecting = e.getSQLState() != null && e.getSQLState().startsWith("08");
                if (!connecting || Instant.now().isAfter(giveUp)) {
                    throw e;
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for PostgreSQL", e);
        }
    }

    /** The same URL with another database name in its path, keeping its parameters (user and so on). */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String parameters = query < 0 ? "" : url.substring(query);
        int slash = base.lastIndexOf('/');
        if (slash < "jdbc:postgresql://".length()) {
            return base + "/" + database + parameters;
        }
        return base.substring(0, slash + 1) + database + parameters;
    }
}
