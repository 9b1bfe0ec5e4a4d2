package org.imagingnetwork.core.booking;

import java.util.Objects;
import java.util.Optional;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.hold.HoldToken;
import org.imagingnetwork.core.request.RequestId;

/** Book this slot for this request, confirming the hold the actor took while choosing it. */
public record Book(RequestId request, SlotId slot, Actor actor, Optional<HoldToken> hold) {
    public Book {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(hold, "hold");
    }
}
