package org.imagingnetwork.core.offer;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.request.RequestId;

/**
 * A slot offered to a patient for a request. An offer is not a booking: the patient keeps their
 * choice to accept it, choose another slot or decline, and the slot is only theirs once booked.
 */
public record Offer(
        OfferId id,
        RequestId request,
        SlotId slot,
        OfferStatus status,
        Instant offeredAt,
        String offeredBy,
        Instant expiresAt,
        Optional<String> source) {

    public Offer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(offeredAt, "offeredAt");
        Objects.requireNonNull(offeredBy, "offeredBy");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(source, "source");
        if (!expiresAt.isAfter(offeredAt)) {
            throw new IllegalArgumentException("an offer must expire after it is made");
        }
    }
}
