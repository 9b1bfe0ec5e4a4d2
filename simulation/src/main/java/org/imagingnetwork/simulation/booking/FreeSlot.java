package org.imagingnetwork.simulation.booking;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.network.GeoPoint;

/** A free slot of a released session, with what deciding whether a patient fits it needs. */
public record FreeSlot(
        SlotId id,
        String site,
        String trust,
        Instant startsAt,
        int minutes,
        Set<String> exams,
        Set<String> capabilities,
        int maxWeightKg,
        OptionalInt minChildAge,
        GeoPoint position) {

    public FreeSlot {
        Objects.requireNonNull(id, "id");
        exams = Set.copyOf(exams);
        capabilities = Set.copyOf(capabilities);
    }
}
