package org.imagingnetwork.fhir.mapping;

import java.time.Instant;
import java.util.Objects;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.network.OdsCode;

/**
 * A slot as the network diary holds it now. {@code status} is BOOKED whenever a live appointment
 * holds it; {@code sequence} is the latest outbox row about any appointment in it.
 */
public record SlotSnapshot(
        SlotId id,
        String roomId,
        String roomName,
        OdsCode site,
        Instant start,
        Instant end,
        SlotStatus status,
        long sequence) {

    public SlotSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(roomName, "roomName");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a slot ends after it starts");
        }
    }
}
