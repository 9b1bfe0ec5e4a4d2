package org.imagingnetwork.core.redis;

import java.util.Map;
import org.imagingnetwork.core.operations.HealthCheck;
import redis.clients.jedis.JedisPooled;

/** Redis answers a PING through the app's own pool. */
public final class RedisHealth implements HealthCheck {

    private final JedisPooled redis;

    public RedisHealth(JedisPooled redis) {
        this.redis = redis;
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public Map<String, Object> check() {
        redis.ping();
        return Map.of();
    }
}
