package org.imagingnetwork.fhir.relay;

import java.time.Instant;
import java.util.Optional;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.outbox.OutboxChange;

/** One change waiting for, or parked from, delivery to a trust's RIS. */
public record OutboxRow(
        long id,
        AppointmentId appointment,
        OdsCode trust,
        OutboxChange change,
        Instant createdAt,
        int attempts,
        Optional<String> lastError) {}
