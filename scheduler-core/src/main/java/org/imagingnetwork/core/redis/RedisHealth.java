package org.imagingnetwork.core.redis;

import java.util.Map;
import org.imagingnetwork.core.operations.HealthCheck;
import redis.clients.jedis.JedisPooled;

/**
 * Redis answers a PING through the app's own pool. Not needed to serve: holds, rate limits and
 * slot-change announcements degrade without it while bookings go through PostgreSQL, so an
 * outage must not take every instance out of the load balancer at once.
 */
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

    @Override
    public boolean neededToServe() {
        return false;
    }
}
