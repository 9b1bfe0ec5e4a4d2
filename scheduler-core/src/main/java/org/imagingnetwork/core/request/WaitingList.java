package org.imagingnetwork.core.request;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Requests read in bulk for planners: the waiting list, the booked, and the recent referral rate. */
public interface WaitingList {

    /** Every request that is appointable and waiting for an appointment, oldest referral first. */
    List<Request> waiting();

    /** The requests with these ids, in id order; unknown ids are skipped. */
    List<Request> byIds(Collection<RequestId> ids);

    /** Requests received from {@code from} (inclusive) to {@code to} (exclusive), whatever their state now. */
    List<Request> receivedBetween(Instant from, Instant to);
}
