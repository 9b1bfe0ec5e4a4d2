package org.imagingnetwork.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import redis.embedded.RedisServer;

/**
 * PostgreSQL and Redis for running the platform on a machine with only a JDK: the servers named by
 * {@code DATABASE_URL} and {@code REDIS_URL} when they are set, and embedded ones (real server binaries
 * from Maven artifacts) for whichever is not. Run as a program it starts them, waits until both
 * accept connections, writes their URLs to an env file for the shell to source, and keeps them
 * running until it is stopped (Ctrl-C or SIGTERM), when it shuts the embedded ones down.
 *
 * <pre>
 * java ... org.imagingnetwork.testsupport.LocalServers --env-file .demo/servers.env
 * </pre>
 */
public final class LocalServers implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(60);

    private final String databaseUrl;
    private final String redisUrl;
    private final Optional<EmbeddedPostgres> postgres;
    private final Optional<RedisServer> redis;

    private LocalServers(
            String databaseUrl, String redisUrl, Optional<EmbeddedPostgres> postgres, Optional<RedisServer> redis) {
        this.databaseUrl = databaseUrl;
        this.redisUrl = redisUrl;
        this.postgres = postgres;
        this.redis = redis;
    }

    /** Starts whichever servers {@code environment} does not name, and waits until both accept connections. */
    public static LocalServers start(Map<String, String> environment) {
        Optional<String> configuredDatabase = configured(environment, "DATABASE_URL");
        Optional<String> configuredRedis = configured(environment, "REDIS_URL");
        Optional<EmbeddedPostgres> postgres =
                configuredDatabase.isPresent() ? Optional.empty() : Optional.of(postgres());
        Optional<RedisServer> redis = Optional.empty();
        try {
            String redisUrl = configuredRedis.orElse(null);
            if (redisUrl == null) {
                int port = TestRedis.freePort();
                redis = Optional.of(redis(port));
                redisUrl = "redis://127.0.0.1:" + port;
            }
            String databaseUrl =
                    configuredDatabase.orElseGet(() -> postgres.get().getJdbcUrl("postgres", "postgres"));
            LocalServers servers = new LocalServers(databaseUrl, redisUrl, postgres, redis);
            servers.awaitReady();
            return servers;
        } catch (RuntimeException e) {
            postgres.ifPresent(LocalServers::stop);
            redis.ifPresent(LocalServers::stop);
            throw e;
        }
    }

    public String databaseUrl() {
        return databaseUrl;
    }

    public String redisUrl() {
        return redisUrl;
    }

    /** Whether this started its own PostgreSQL, rather than using the one the environment named. */
    public boolean embeddedPostgres() {
        return postgres.isPresent();
    }

    public boolean embeddedRedis() {
        return redis.isPresent();
    }

    @Override
    public void close() {
        redis.ifPresent(LocalServers::stop);
        postgres.ifPresent(LocalServers::stop);
    }

    public static void main(String[] args) throws InterruptedException {
        Path envFile = Path.of(args.length == 2 && args[0].equals("--env-file") ? args[1] : ".demo/servers.env");
        LocalServers servers = start(System.getenv());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            deleteQuietly(envFile);
                            servers.close();
                            stopped.countDown();
                        },
                        "local-servers-stop"));
        writeEnv(envFile, servers);
        System.out.printf(
                "PostgreSQL %s at %s%nRedis %s at %s%nRunning until stopped (Ctrl-C).%n",
                servers.embeddedPostgres() ? "(embedded)" : "(from DATABASE_URL)",
                servers.databaseUrl(),
                servers.embeddedRedis() ? "(embedded)" : "(from REDIS_URL)",
                servers.redisUrl());
        stopped.await();
    }

    private void awaitReady() {
        Instant giveUp = Instant.now().plus(READY_WITHIN);
        while (!(postgresAnswers() && redisAnswers())) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("PostgreSQL at " + databaseUrl + " or Redis at " + redisUrl
                        + " did not accept connections within " + READY_WITHIN.toSeconds() + " s");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the servers", e);
            }
        }
    }

    private boolean postgresAnswers() {
        try (Connection connection = DriverManager.getConnection(databaseUrl)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** A Redis PING over a plain socket: the answer is {@code +PONG}, or an error if a password is needed. */
    private boolean redisAnswers() {
        URI uri = URI.create(redisUrl);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort()), 2000);
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            int first = in.read();
            return first == '+' || first == '-';
        } catch (IOException e) {
            return false;
        }
    }

    /** The env file is written whole and moved into place: a shell waiting for it never reads half of it. */
    static void writeEnv(Path file, LocalServers servers) {
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path partial = directory.resolve(file.getFileName() + ".partial");
            Files.writeString(
                    partial,
                    "DATABASE_URL='" + servers.databaseUrl() + "'\nREDIS_URL='" + servers.redisUrl() + "'\n"
                            + "LOCAL_SERVERS_PID=" + ProcessHandle.current().pid() + "\n");
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static Optional<String> configured(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
    }

    private static EmbeddedPostgres postgres() {
        try {
            return EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    // Demo data is regenerated on every run, so there is nothing to lose in a crash.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    // Room for the full demo network's indexes while it loads, and no checkpoint
                    // in the middle of the load (the defaults are 128 MB and 1 GB).
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("max_wal_size", "8GB")
                    .setServerConfig("checkpoint_timeout", "30min")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
    }

    private static RedisServer redis(int port) {
        try {
            RedisServer server = new RedisServer(port);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded Redis", e);
        }
    }

    private static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // Shutting down anyway; the data directory is a temporary one.
        }
    }

    private static void stop(RedisServer redis) {
        try {
            redis.stop();
        } catch (IOException e) {
            // Shutting down anyway.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The shell removes its demo directory state itself.
        }
    }
}
