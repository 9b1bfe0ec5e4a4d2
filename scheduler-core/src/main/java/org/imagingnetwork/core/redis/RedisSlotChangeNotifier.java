package org.imagingnetwork.core.redis;

import java.util.List;
import org.imagingnetwork.core.booking.SlotBooked;
import org.imagingnetwork.core.booking.SlotChange;
import org.imagingnetwork.core.booking.SlotChangeNotifier;
import org.imagingnetwork.core.booking.SlotReleased;
import org.imagingnetwork.core.booking.SlotsBlocked;
import org.imagingnetwork.core.booking.SlotsOpened;
import org.imagingnetwork.core.diary.SlotId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Publishes slot changes on Redis so every instance hears at once: released slots on one channel
 * ("releaseId:slotId", the offer engines' nudge; the slot_release row is the record), and every
 * booked, freed or blocked slot on another ({@link SlotChangeMessages}) for availability caches.
 */
public final class RedisSlotChangeNotifier implements SlotChangeNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(RedisSlotChangeNotifier.class);

    private final JedisPooled redis;
    private final String releasedChannel;
    private final String changedChannel;

    public RedisSlotChangeNotifier(JedisPooled redis, RedisSettings settings) {
        this.redis = redis;
        this.releasedChannel = channelName(settings);
        this.changedChannel = SlotChangeMessages.channel(settings);
    }

    public static String channelName(RedisSettings settings) {
        return settings.keyPrefix() + "slot-released";
    }

    @Override
    public void released(SlotReleased event) {
        try {
            redis.publish(
                    releasedChannel, event.releaseId() + ":" + event.slot().value());
            redis.publish(
                    changedChannel,
                    SlotChangeMessages.format(new SlotChange(SlotChange.Kind.FREED, event.slot(), event.room())));
        } catch (JedisException e) {
            LOG.warn(
                    "Redis unavailable, slot release {} left for the offer engine's sweep: {}",
                    event.releaseId(),
                    e.getMessage());
        }
    }

    @Override
    public void booked(SlotBooked event) {
        try {
            redis.publish(
                    changedChannel,
                    SlotChangeMessages.format(new SlotChange(SlotChange.Kind.BOOKED, event.slot(), event.room())));
        } catch (JedisException e) {
            // Other instances' availability caches keep the slot until their entries expire.
            LOG.warn("Redis unavailable, booking of slot {} not announced: {}", event.slot(), e.getMessage());
        }
    }

    @Override
    public void blocked(SlotsBlocked event) {
        // If Redis is down, other instances keep offering the blocked time until their cached answers
        // expire; the booking itself is refused by the database, which holds the slot blocked.
        announce(SlotChange.Kind.BLOCKED, event.slots(), event.room(), "blocked");
    }

    @Override
    public void opened(SlotsOpened event) {
        // If Redis is down, other instances keep their answers for the room until they expire.
        announce(SlotChange.Kind.FREED, event.slots(), event.room(), "opened");
    }

    private void announce(SlotChange.Kind kind, List<SlotId> slots, String room, String what) {
        try {
            for (SlotId slot : slots) {
                redis.publish(changedChannel, SlotChangeMessages.format(new SlotChange(kind, slot, room)));
            }
        } catch (JedisException e) {
            LOG.warn(
                    "Redis unavailable, {} slots {} in {} not announced: {}", slots.size(), what, room, e.getMessage());
        }
    }
}
