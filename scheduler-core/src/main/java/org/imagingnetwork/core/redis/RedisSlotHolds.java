package org.imagingnetwork.core.redis;

import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.hold.HoldOutcome;
import org.imagingnetwork.core.hold.HoldToken;
import org.imagingnetwork.core.hold.SlotHolds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * Holds as Redis keys set with NX and a TTL, valued with the holder's token. Any Redis failure
 * degrades to "no hold": the booking transaction in PostgreSQL still decides who gets the slot.
 */
public final class RedisSlotHolds implements SlotHolds {

    private static final Logger LOG = LoggerFactory.getLogger(RedisSlotHolds.class);

    // Delete only if the caller still owns the hold: a hold that expired and was retaken by
    // someone else must not be released by its first holder.
    private static final String RELEASE_IF_OWNER =
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

    private final JedisPooled redis;
    private final String prefix;
    private final String heldByPrefix;
    private final Clock clock;

    public RedisSlotHolds(JedisPooled redis, RedisSettings settings, Clock clock) {
        this.redis = redis;
        this.prefix = settings.keyPrefix() + "hold:slot:";
        this.heldByPrefix = settings.keyPrefix() + "hold:token:";
        this.clock = clock;
    }

    @Override
    public HoldOutcome hold(SlotId slot, HoldToken token, Duration ttl) {
        HoldOutcome outcome = tryHold(slot, token, ttl);
        // Each app publishes Micrometer's global registry: holds taken, refused, or skipped with Redis away.
        Metrics.counter("holds", "outcome", outcome.getClass().getSimpleName()).increment();
        return outcome;
    }

    private HoldOutcome tryHold(SlotId slot, HoldToken token, Duration ttl) {
        try {
            String key = prefix + slot.value();
            String set =
                    redis.set(key, token.value(), SetParams.setParams().nx().px(ttl.toMillis()));
            if ("OK".equals(set)) {
                releasePrevious(slot, token, ttl);
                return new HoldOutcome.Held(token, clock.instant().plus(ttl));
            }
            // Holding again with the same token extends nothing but is not a refusal.
            return token.value().equals(redis.get(key))
                    ? new HoldOutcome.Held(token, clock.instant().plusMillis(Math.max(0, redis.pttl(key))))
                    : new HoldOutcome.HeldByAnother();
        } catch (JedisException e) {
            LOG.warn("Redis unavailable, slot hold skipped: {}", e.getMessage());
            return new HoldOutcome.HoldsUnavailable();
        }
    }

    /**
     * Remembers which slot this token now holds and releases the one it held before. Separate
     * single-key commands rather than one script, so it works on Redis Cluster; if two holds by the
     * same token interleave, the worst case is a hold left to expire, as before.
     */
    private void releasePrevious(SlotId slot, HoldToken token, Duration ttl) {
        try {
            String previous = redis.setGet(
                    heldByPrefix + token.value(),
                    String.valueOf(slot.value()),
                    SetParams.setParams().px(ttl.toMillis()));
            if (previous != null && !previous.equals(String.valueOf(slot.value()))) {
                release(new SlotId(Long.parseLong(previous)), token);
            }
        } catch (JedisException e) {
            // The new hold stands; the old one expires by itself.
            LOG.warn("Redis unavailable, previous hold left to expire: {}", e.getMessage());
        }
    }

    @Override
    public void release(SlotId slot, HoldToken token) {
        try {
            redis.eval(RELEASE_IF_OWNER, List.of(prefix + slot.value()), List.of(token.value()));
        } catch (JedisException e) {
            // The hold expires by itself.
            LOG.warn("Redis unavailable, slot hold left to expire: {}", e.getMessage());
        }
    }

    @Override
    public boolean permits(SlotId slot, Optional<HoldToken> token) {
        try {
            String holder = redis.get(prefix + slot.value());
            return holder == null || token.map(t -> t.value().equals(holder)).orElse(false);
        } catch (JedisException e) {
            LOG.warn("Redis unavailable, booking without checking holds: {}", e.getMessage());
            return true;
        }
    }
}
