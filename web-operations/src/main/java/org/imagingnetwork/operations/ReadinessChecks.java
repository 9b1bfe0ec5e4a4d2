package org.imagingnetwork.operations;

import io.micronaut.context.annotation.Factory;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.Map;
import org.imagingnetwork.core.jdbc.DatabaseHealth;
import org.imagingnetwork.core.operations.HealthCheck;
import org.imagingnetwork.core.redis.RedisHealth;
import org.jdbi.v3.core.Jdbi;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import redis.clients.jedis.JedisPooled;

/**
 * What a web app (portal, console) depends on, on {@code /health/readiness} (and {@code /health}):
 * the network's PostgreSQL and Redis, each asked through the app's own pool. A load balancer or
 * Kubernetes takes an instance out of service while PostgreSQL does not answer; Redis down is
 * reported as {@link #DEGRADED}, which still answers 200, because every instance would fail that
 * check at once while each could go on serving.
 */
@Factory
class ReadinessChecks {

    /** Down, but the app serves without it: operational, so the endpoint still answers 200. */
    static final HealthStatus DEGRADED =
            new HealthStatus("DEGRADED", "the app serves without this, with less", true, null);

    @Singleton
    @Readiness
    HealthIndicator database(Jdbi jdbi) {
        return indicator(new DatabaseHealth(jdbi));
    }

    @Singleton
    @Readiness
    HealthIndicator redis(JedisPooled redis) {
        return indicator(new RedisHealth(redis));
    }

    private static HealthIndicator indicator(HealthCheck check) {
        return () -> Mono.fromCallable(() -> result(check)).subscribeOn(Schedulers.boundedElastic());
    }

    private static HealthResult result(HealthCheck check) {
        HealthResult.Builder result = HealthResult.builder(check.name());
        try {
            return result.status(HealthStatus.UP).details(check.check()).build();
        } catch (RuntimeException e) {
            // The kind of failure only: a message may carry a connection string.
            return result.status(check.neededToServe() ? HealthStatus.DOWN : DEGRADED)
                    .details(Map.of("error", e.getClass().getSimpleName()))
                    .build();
        }
    }
}
