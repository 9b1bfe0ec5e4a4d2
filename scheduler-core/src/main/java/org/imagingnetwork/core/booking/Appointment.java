package org.imagingnetwork.core.booking;

import java.time.Instant;
import java.util.Optional;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.request.RequestId;

/** A patient's booking of a slot for a request. */
public record Appointment(
        AppointmentId id,
        RequestId request,
        SlotId slot,
        AppointmentStatus status,
        Instant bookedAt,
        String bookedBy,
        Optional<AppointmentId> replaces) {}
