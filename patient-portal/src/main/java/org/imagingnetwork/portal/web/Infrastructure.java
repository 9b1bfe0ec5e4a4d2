package org.imagingnetwork.portal.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.SlotChangeListener;
import org.imagingnetwork.core.booking.SlotChangeNotifier;
import org.imagingnetwork.core.hold.SlotHolds;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.jdbc.JdbiBookingStore;
import org.imagingnetwork.core.jdbc.JdbiOfferBook;
import org.imagingnetwork.core.offer.OfferBook;
import org.imagingnetwork.core.ratelimit.RateLimiter;
import org.imagingnetwork.core.redis.RedisClients;
import org.imagingnetwork.core.redis.RedisRateLimiter;
import org.imagingnetwork.core.redis.RedisSettings;
import org.imagingnetwork.core.redis.RedisSlotChangeFeed;
import org.imagingnetwork.core.redis.RedisSlotChangeNotifier;
import org.imagingnetwork.core.redis.RedisSlotHolds;
import org.imagingnetwork.core.time.London;
import org.jdbi.v3.core.Jdbi;
import redis.clients.jedis.JedisPooled;

/** The portal's connections to the system of record and to Redis, one of each per instance. */
@Factory
class Infrastructure {

    @Singleton
    @Bean(preDestroy = "close")
    Database database(PortalSettings settings) {
        return Database.open(DatabaseSettings.of(settings.databaseUrl()).withPoolSize(settings.databasePoolSize()));
    }

    @Singleton
    Jdbi jdbi(Database database) {
        return database.jdbi();
    }

    @Singleton
    Clock clock() {
        return Clock.system(London.ZONE);
    }

    @Singleton
    RedisSettings redisSettings(PortalSettings settings) {
        return RedisSettings.of(settings.redisUrl(), settings.redisKeyPrefix());
    }

    @Singleton
    @Bean(preDestroy = "close")
    JedisPooled redis(RedisSettings settings) {
        return RedisClients.pooled(settings);
    }

    @Singleton
    RateLimiter rateLimiter(JedisPooled redis, RedisSettings settings) {
        return new RedisRateLimiter(redis, settings.keyPrefix());
    }

    @Singleton
    SlotHolds slotHolds(JedisPooled redis, RedisSettings settings, Clock clock) {
        return new RedisSlotHolds(redis, settings, clock);
    }

    @Singleton
    RedisSlotChangeNotifier slotChanges(JedisPooled redis, RedisSettings settings) {
        return new RedisSlotChangeNotifier(redis, settings);
    }

    /** Started with the app: availability caches hear other instances' bookings from here. */
    @Context
    @Bean(preDestroy = "close")
    RedisSlotChangeFeed slotChangeFeed(RedisSettings settings, SlotChangeListener listener) {
        return RedisSlotChangeFeed.start(settings, listener, Duration.ofSeconds(1));
    }

    @Singleton
    OfferBook offerBook(Jdbi jdbi) {
        return new JdbiOfferBook(jdbi);
    }

    @Singleton
    BookingService bookingService(Jdbi jdbi, SlotHolds holds, SlotChangeNotifier slotChanges, Clock clock) {
        return new BookingService(new JdbiBookingStore(jdbi), holds, slotChanges, clock);
    }

    @Singleton
    MessageSource messages() {
        return new ResourceBundleMessageSource("i18n.messages");
    }
}
