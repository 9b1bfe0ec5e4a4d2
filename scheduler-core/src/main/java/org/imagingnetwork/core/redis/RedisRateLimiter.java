package org.imagingnetwork.core.redis;

import java.time.Duration;
import org.imagingnetwork.core.ratelimit.Attempt;
import org.imagingnetwork.core.ratelimit.RateLimiter;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Fixed-window attempt counters in Redis: INCR, and an expiry set by the first attempt of the
 * window, so every app instance counts against the same limit.
 */
public final class RedisRateLimiter implements RateLimiter {

    private final UnifiedJedis redis;
    private final String keyPrefix;

    public RedisRateLimiter(UnifiedJedis redis, String keyPrefix) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
    }

    @Override
    public Attempt attempt(String key, int limit, Duration window) {
        String redisKey = keyPrefix + "ratelimit:" + key;
        try {
            long count = redis.incr(redisKey);
            if (count == 1) {
                redis.pexpire(redisKey, window.toMillis());
            }
            if (count > limit) {
                long ttl = redis.pttl(redisKey);
                if (ttl < 0) {
                    // A key left without an expiry (a crash between INCR and PEXPIRE) must not lock forever.
                    redis.pexpire(redisKey, window.toMillis());
                    ttl = window.toMillis();
                }
                return new Attempt.Limited(Duration.ofMillis(ttl));
            }
            return new Attempt.Allowed((int) (limit - count));
        } catch (JedisException e) {
            return new Attempt.Unavailable();
        }
    }

    @Override
    public void reset(String key) {
        try {
            redis.del(keyPrefix + "ratelimit:" + key);
        } catch (JedisException e) {
            // The window expires by itself.
        }
    }
}
