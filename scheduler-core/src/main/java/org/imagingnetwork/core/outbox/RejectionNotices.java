package org.imagingnetwork.core.outbox;

import java.util.Optional;
import org.imagingnetwork.core.request.RequestId;

/** Whether, and when, the referring trust was told that its referral was rejected. */
public interface RejectionNotices {

    /** The notice of this request's rejection; empty for a request that was never rejected. */
    Optional<RejectionNotice> of(RequestId request);
}
