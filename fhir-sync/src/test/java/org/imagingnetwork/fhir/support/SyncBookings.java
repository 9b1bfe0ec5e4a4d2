package org.imagingnetwork.fhir.support;

import java.time.Clock;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.jdbc.JdbiBookingStore;
import org.imagingnetwork.core.redis.RedisClients;
import org.imagingnetwork.core.redis.RedisSettings;
import org.imagingnetwork.core.redis.RedisSlotChangeNotifier;
import org.imagingnetwork.core.redis.RedisSlotHolds;
import org.imagingnetwork.testsupport.TestRedis;
import org.jdbi.v3.core.Jdbi;

/** The booking service as an app instance wires it, over the test database and the test run's Redis. */
public final class SyncBookings {
    private SyncBookings() {}

    public static BookingService service(Jdbi jdbi, Clock clock) {
        RedisSettings redis =
                RedisSettings.of(TestRedis.get().uri(), TestRedis.get().keyPrefix());
        var pool = RedisClients.pooled(redis);
        return new BookingService(
                new JdbiBookingStore(jdbi),
                new RedisSlotHolds(pool, redis, clock),
                new RedisSlotChangeNotifier(pool, redis),
                clock);
    }
}
