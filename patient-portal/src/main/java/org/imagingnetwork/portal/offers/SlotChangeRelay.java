package org.imagingnetwork.portal.offers;

import io.micronaut.context.annotation.Primary;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.imagingnetwork.core.booking.SlotBooked;
import org.imagingnetwork.core.booking.SlotChange;
import org.imagingnetwork.core.booking.SlotChangeNotifier;
import org.imagingnetwork.core.booking.SlotReleased;
import org.imagingnetwork.core.booking.SlotsBlocked;
import org.imagingnetwork.core.choice.EarliestFreeSlots;
import org.imagingnetwork.core.redis.RedisSlotChangeNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the booking service tells after each commit: published on Redis for other instances, the
 * change dropped from this instance's availability cache before the booking call returns (so the
 * patient's next page never shows the slot they just took), and a released slot handed to this
 * instance's offer engine off the request thread, so the patient who cancelled is not kept waiting
 * while offers go out.
 */
@Singleton
@Primary
final class SlotChangeRelay implements SlotChangeNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(SlotChangeRelay.class);

    private final RedisSlotChangeNotifier redis;
    private final EarliestFreeSlots earliestFreeSlots;
    private final OfferEngine engine;
    private final ExecutorService executor;

    SlotChangeRelay(
            RedisSlotChangeNotifier redis,
            EarliestFreeSlots earliestFreeSlots,
            OfferEngine engine,
            @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.redis = redis;
        this.earliestFreeSlots = earliestFreeSlots;
        this.engine = engine;
        this.executor = executor;
    }

    @Override
    public void released(SlotReleased event) {
        earliestFreeSlots.changed(new SlotChange(SlotChange.Kind.FREED, event.slot(), event.room()));
        redis.released(event);
        executor.execute(() -> {
            try {
                engine.offer(event.releaseId());
            } catch (RuntimeException e) {
                LOG.warn("Offers for release {} left to the sweep: {}", event.releaseId(), e.toString());
            }
        });
    }

    @Override
    public void booked(SlotBooked event) {
        earliestFreeSlots.changed(new SlotChange(SlotChange.Kind.BOOKED, event.slot(), event.room()));
        redis.booked(event);
    }

    @Override
    public void blocked(SlotsBlocked event) {
        event.slots()
                .forEach(
                        slot -> earliestFreeSlots.changed(new SlotChange(SlotChange.Kind.BLOCKED, slot, event.room())));
        redis.blocked(event);
    }
}
