package org.imagingnetwork.core.support;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.BookingStore;
import org.imagingnetwork.core.booking.SlotReleaseNotifier;
import org.imagingnetwork.core.booking.SlotReleased;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.JdbiBookingStore;
import org.imagingnetwork.core.redis.RedisClients;
import org.imagingnetwork.core.redis.RedisSettings;
import org.imagingnetwork.core.redis.RedisSlotHolds;
import org.imagingnetwork.core.redis.RedisSlotReleaseNotifier;
import org.imagingnetwork.testsupport.TestRedis;
import redis.clients.jedis.JedisPooled;

/** Wires a booking service the way an app instance does: its own pool, real Redis. */
public final class Bookings {
    private Bookings() {}

    public static RedisSettings redis() {
        return RedisSettings.of(TestRedis.get().uri(), TestRedis.get().keyPrefix());
    }

    public static RedisSettings redisDown() {
        return RedisSettings.of(TestRedis.closedPort(), "down:");
    }

    public static BookingService service(Database database, RedisSettings redis) {
        return service(new JdbiBookingStore(database.jdbi()), redis);
    }

    public static BookingService service(BookingStore store, RedisSettings redis) {
        JedisPooled client = RedisClients.pooled(redis);
        return new BookingService(
                store,
                new RedisSlotHolds(client, redis, Clock.systemUTC()),
                new RedisSlotReleaseNotifier(client, redis),
                Clock.systemUTC());
    }

    /** Remembers what it was told, for tests that check a release was announced. */
    public static final class RecordingNotifier implements SlotReleaseNotifier {
        private final List<SlotReleased> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void released(SlotReleased event) {
            events.add(event);
        }

        public List<SlotReleased> events() {
            return List.copyOf(events);
        }
    }
}
