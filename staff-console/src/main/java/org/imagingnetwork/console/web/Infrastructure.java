package org.imagingnetwork.console.web;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.imagingnetwork.core.audit.AuditLog;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.SlotChangeNotifier;
import org.imagingnetwork.core.exam.ExamCatalogue;
import org.imagingnetwork.core.hold.SlotHolds;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.jdbc.JdbiAuditLog;
import org.imagingnetwork.core.jdbc.JdbiBookingStore;
import org.imagingnetwork.core.jdbc.JdbiExamCatalogue;
import org.imagingnetwork.core.jdbc.JdbiNetworkDirectory;
import org.imagingnetwork.core.jdbc.JdbiPatientRepository;
import org.imagingnetwork.core.jdbc.JdbiRejectionNotices;
import org.imagingnetwork.core.jdbc.JdbiRequestRepository;
import org.imagingnetwork.core.jdbc.JdbiRuleRepository;
import org.imagingnetwork.core.network.NetworkDirectory;
import org.imagingnetwork.core.outbox.RejectionNotices;
import org.imagingnetwork.core.redis.RedisClients;
import org.imagingnetwork.core.redis.RedisSettings;
import org.imagingnetwork.core.redis.RedisSlotChangeNotifier;
import org.imagingnetwork.core.redis.RedisSlotHolds;
import org.imagingnetwork.core.request.RequestService;
import org.imagingnetwork.core.rules.RuleBook;
import org.imagingnetwork.core.time.London;
import org.jdbi.v3.core.Jdbi;
import redis.clients.jedis.JedisPooled;

/** The console's connections to the system of record and to Redis, and the core services over them. */
@Factory
class Infrastructure {

    @Singleton
    @Bean(preDestroy = "close")
    Database database(ConsoleSettings settings) {
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
    RedisSettings redisSettings(ConsoleSettings settings) {
        return RedisSettings.of(settings.redisUrl(), settings.redisKeyPrefix());
    }

    @Singleton
    @Bean(preDestroy = "close")
    JedisPooled redis(RedisSettings settings) {
        return RedisClients.pooled(settings);
    }

    @Singleton
    SlotHolds slotHolds(JedisPooled redis, RedisSettings settings, Clock clock) {
        return new RedisSlotHolds(redis, settings, clock);
    }

    @Singleton
    SlotChangeNotifier slotChanges(JedisPooled redis, RedisSettings settings) {
        return new RedisSlotChangeNotifier(redis, settings);
    }

    @Singleton
    NetworkDirectory network(Jdbi jdbi) {
        return new JdbiNetworkDirectory(jdbi);
    }

    @Singleton
    ExamCatalogue exams(Jdbi jdbi) {
        return new JdbiExamCatalogue(jdbi);
    }

    @Singleton
    AuditLog auditLog(Jdbi jdbi, Clock clock) {
        return new JdbiAuditLog(jdbi, clock);
    }

    @Singleton
    RejectionNotices rejectionNotices(Jdbi jdbi) {
        return new JdbiRejectionNotices(jdbi);
    }

    @Singleton
    BookingService bookingService(Jdbi jdbi, SlotHolds holds, SlotChangeNotifier slotChanges, Clock clock) {
        return new BookingService(new JdbiBookingStore(jdbi), holds, slotChanges, clock);
    }

    @Singleton
    RequestService requestService(Jdbi jdbi, NetworkDirectory network, ExamCatalogue exams, Clock clock) {
        return new RequestService(
                new JdbiRequestRepository(jdbi),
                new JdbiPatientRepository(jdbi, clock),
                exams,
                network,
                new RuleBook(new JdbiRuleRepository(jdbi, clock)),
                clock);
    }
}
