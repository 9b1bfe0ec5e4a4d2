package org.imagingnetwork.core.redis;

import org.imagingnetwork.core.booking.SlotReleaseNotifier;
import org.imagingnetwork.core.booking.SlotReleased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Publishes released slots on a Redis channel so offer engines on every instance hear at once.
 * The message is "releaseId:slotId"; the slot_release row is the record, this is only the nudge.
 */
public final class RedisSlotReleaseNotifier implements SlotReleaseNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(RedisSlotReleaseNotifier.class);

    private final JedisPooled redis;
    private final String channel;

    public RedisSlotReleaseNotifier(JedisPooled redis, RedisSettings settings) {
        this.redis = redis;
        this.channel = channelName(settings);
    }

    public static String channelName(RedisSettings settings) {
        return settings.keyPrefix() + "slot-released";
    }

    @Override
    public void released(SlotReleased event) {
        try {
            redis.publish(channel, event.releaseId() + ":" + event.slot().value());
        } catch (JedisException e) {
            LOG.warn(
                    "Redis unavailable, slot release {} left for the offer engine's sweep: {}",
                    event.releaseId(),
                    e.getMessage());
        }
    }
}
