package org.imagingnetwork.core.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs pgbench's built-in simple-update script against the same server, for a reference figure. */
final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private final URI server;
    private final String user;

    /** @param jdbcUrl any database on the server, as a JDBC URL with {@code user=} */
    PgBench(String jdbcUrl, String user) {
        this.server = URI.create(jdbcUrl.substring("jdbc:".length()));
        this.user = user;
    }

    /** @param adminJdbcUrl a database on the server to create pgbench's own database from */
    double simpleUpdateTps(String adminJdbcUrl, int clients, int seconds, int scale)
            throws IOException, InterruptedException {
        String database = "pgbench_" + ProcessHandle.current().pid();
        execute(adminJdbcUrl, "drop database if exists " + database);
        execute(adminJdbcUrl, "create database " + database);
        try {
            run(List.of("pgbench", "-i", "-q", "-s", Integer.toString(scale), database));
            // Start from a checkpoint, as the bookings' timed phase does, so neither run pays for the
            // other's writes being flushed, nor one more than the other for first-touch page images.
            execute(adminJdbcUrl, "checkpoint");
            String output = run(List.of(
                    "pgbench",
                    "-n",
                    "-b",
                    "simple-update",
                    "-c",
                    Integer.toString(clients),
                    "-j",
                    Integer.toString(Math.min(clients, Runtime.getRuntime().availableProcessors())),
                    "-T",
                    Integer.toString(seconds),
                    database));
            Matcher tps = TPS.matcher(output);
            if (!tps.find()) {
                throw new IllegalStateException("pgbench printed no tps:\n" + output);
            }
            return Double.parseDouble(tps.group(1));
        } finally {
            execute(adminJdbcUrl, "drop database if exists " + database + " with (force)");
        }
    }

    private String run(List<String> pgbenchArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(pgbenchArgs);
        command.addAll(1, List.of("-h", server.getHost(), "-p", Integer.toString(server.getPort()), "-U", user));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        return output;
    }

    private static void execute(String jdbcUrl, String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
