package org.imagingnetwork.portal.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.ratelimit.RateLimiter;
import org.imagingnetwork.core.redis.RedisRateLimiter;
import org.imagingnetwork.core.time.London;
import org.jdbi.v3.core.Jdbi;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;

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
    @Bean(preDestroy = "close")
    UnifiedJedis redis(PortalSettings settings) {
        return new JedisPooled(settings.redisUrl());
    }

    @Singleton
    RateLimiter rateLimiter(UnifiedJedis redis, PortalSettings settings) {
        return new RedisRateLimiter(redis, settings.redisKeyPrefix());
    }

    @Singleton
    MessageSource messages() {
        return new ResourceBundleMessageSource("i18n.messages");
    }
}
