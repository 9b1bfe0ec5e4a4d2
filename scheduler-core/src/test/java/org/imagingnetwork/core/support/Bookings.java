package org.imagingnetwork.core.support;

import java.time.Clock;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.BookingStore;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.JdbiBookingStore;
import org.imagingnetwork.core.redis.RedisClients;
import org.imagingnetwork.core.redis.RedisSettings;
import org.imagingnetwork.core.redis.RedisSlotChangeNotifier;
import org.imagingnetwork.core.redis.RedisSlotHolds;
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
                new RedisSlotChangeNotifier(client, redis),
                Clock.systemUTC());
    }
}
