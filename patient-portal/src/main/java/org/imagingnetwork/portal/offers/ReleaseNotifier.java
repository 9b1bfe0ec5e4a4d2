package org.imagingnetwork.portal.offers;

import io.micronaut.context.annotation.Primary;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.imagingnetwork.core.booking.SlotReleaseNotifier;
import org.imagingnetwork.core.booking.SlotReleased;
import org.imagingnetwork.core.redis.RedisSlotReleaseNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the booking service tells when a slot is freed: published on Redis for other instances and
 * handed straight to this instance's offer engine, off the request thread, so the patient who
 * cancelled is not kept waiting while offers go out.
 */
@Singleton
@Primary
final class ReleaseNotifier implements SlotReleaseNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseNotifier.class);

    private final RedisSlotReleaseNotifier redis;
    private final OfferEngine engine;
    private final ExecutorService executor;

    ReleaseNotifier(
            RedisSlotReleaseNotifier redis,
            OfferEngine engine,
            @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.redis = redis;
        this.engine = engine;
        this.executor = executor;
    }

    @Override
    public void released(SlotReleased event) {
        redis.released(event);
        executor.execute(() -> {
            try {
                engine.offer(event.releaseId());
            } catch (RuntimeException e) {
                LOG.warn("Offers for release {} left to the sweep: {}", event.releaseId(), e.toString());
            }
        });
    }
}
