package org.imagingnetwork.core.offer;

import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.request.RequestId;

/** What became of one proposed offer when it was published. */
public sealed interface OfferOutcome {

    record Offered(Offer offer) implements OfferOutcome {}

    /** The request is no longer waiting (booked, cancelled) or already has an open offer. */
    record RequestNotWaiting(RequestId request) implements OfferOutcome {}

    /** The slot is no longer free, or is already offered to someone else. */
    record SlotNotFree(SlotId slot) implements OfferOutcome {}
}
