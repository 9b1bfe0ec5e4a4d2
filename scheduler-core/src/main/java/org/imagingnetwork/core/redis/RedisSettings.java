package org.imagingnetwork.core.redis;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where Redis is, the prefix of every key we write (so instances of different networks, or test
 * runs, can share a server), and how long to wait for it: short, because everything Redis does
 * for us can be skipped when it is slow or down.
 */
public record RedisSettings(URI uri, String keyPrefix, Duration timeout) {
    public RedisSettings {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        Objects.requireNonNull(timeout, "timeout");
        if (!"redis".equals(uri.getScheme())) {
            throw new IllegalArgumentException("REDIS_URL must be a redis:// URL");
        }
    }

    public static RedisSettings of(URI uri, String keyPrefix) {
        return new RedisSettings(uri, keyPrefix, Duration.ofMillis(300));
    }
}
