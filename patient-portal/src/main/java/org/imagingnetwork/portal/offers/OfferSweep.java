package org.imagingnetwork.portal.offers;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every instance sweeps for released slots on a timer, so an offer never depends on a Redis
 * message having arrived (or on the instance that released the slot staying up).
 */
@Singleton
@Requires(property = "portal.offers.sweep-enabled", notEquals = "false")
final class OfferSweep {

    private static final Logger LOG = LoggerFactory.getLogger(OfferSweep.class);

    private final OfferEngine engine;

    OfferSweep(OfferEngine engine) {
        this.engine = engine;
    }

    @Scheduled(fixedDelay = "${portal.offers.sweep-every:15s}", initialDelay = "5s")
    void sweep() {
        try {
            engine.sweep();
        } catch (RuntimeException e) {
            LOG.warn("Offer sweep failed, will retry: {}", e.toString());
        }
    }
}
