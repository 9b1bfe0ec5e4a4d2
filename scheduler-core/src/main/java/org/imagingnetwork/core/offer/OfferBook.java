package org.imagingnetwork.core.offer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.imagingnetwork.core.request.RequestId;

/**
 * Offers of slots to waiting patients. The database keeps at most one open offer per request and
 * per slot, so two planners publishing at once cannot offer one slot twice.
 */
public interface OfferBook {

    /**
     * Offers each slot to its request, in one transaction, if the request is still waiting with no open
     * offer and the slot is still free and not offered. Each proposal gets its own outcome.
     */
    List<OfferOutcome> publish(List<NewOffer> offers, String actor, String source, Instant now, Duration validFor);

    /** Offers made for a request, newest first. */
    List<Offer> ofRequest(RequestId request);
}
