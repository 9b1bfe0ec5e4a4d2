package org.imagingnetwork.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.UUID;
import redis.embedded.RedisServer;

/**
 * A real Redis server for one test run: the one named by {@code REDIS_URL}, or an embedded
 * binary when none is configured. Tests share the server, so each run gets its own key prefix.
 */
public final class TestRedis {

    private static TestRedis instance;

    private final URI uri;
    private final String keyPrefix;

    private TestRedis(URI uri) {
        this.uri = uri;
        this.keyPrefix = "test:" + UUID.randomUUID().toString().substring(0, 8) + ":";
    }

    public static synchronized TestRedis get() {
        if (instance == null) {
            String configured = System.getenv("REDIS_URL");
            instance = new TestRedis(
                    configured != null && !configured.isBlank() ? URI.create(configured) : startEmbedded());
        }
        return instance;
    }

    public URI uri() {
        return uri;
    }

    /** A prefix for every key this test run writes, so concurrent runs never see each other's keys. */
    public String keyPrefix() {
        return keyPrefix;
    }

    /** A URI on which nothing listens: what a client sees when Redis is down. */
    public static URI closedPort() {
        return URI.create("redis://127.0.0.1:" + freePort());
    }

    private static URI startEmbedded() {
        int port = freePort();
        try {
            RedisServer server = new RedisServer(port);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(server), "embedded-redis-stop"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded Redis", e);
        }
        return URI.create("redis://127.0.0.1:" + port);
    }

    private static void stopQuietly(RedisServer server) {
        try {
            server.stop();
        } catch (IOException e) {
            // Shutting down anyway.
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
