package org.imagingnetwork.core.offer;

import java.util.Objects;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.request.RequestId;

/** A slot to offer for a request, as a planner proposes it. */
public record NewOffer(RequestId request, SlotId slot) {
    public NewOffer {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(slot, "slot");
    }
}
