package org.imagingnetwork.core.outbox;

import java.time.Instant;
import java.util.Optional;
import org.imagingnetwork.core.request.RequestId;

/**
 * How far telling the referring trust of a rejected referral has got: waiting for the relay, in the
 * trust's RIS, or parked for staff after the RIS refused it or never answered.
 *
 * @param recordedAt when the rejection was queued for the RIS (the moment of the rejection)
 * @param deliveredAt when the RIS took it, once it has
 * @param attempts how often the relay has tried
 * @param lastError the last answer that was not a success, while it is not delivered
 */
public record RejectionNotice(
        RequestId request,
        Progress progress,
        Instant recordedAt,
        Optional<Instant> deliveredAt,
        int attempts,
        Optional<String> lastError) {

    /** The outbox row's status, in what it means for the referrer. */
    public enum Progress {
        /** Queued; the relay is delivering it or will try again. */
        SENDING,
        /** The referring trust's RIS has it. */
        TOLD,
        /** The relay gave up and parked it: staff can send it again from the parked RIS writes. */
        PARKED
    }
}
