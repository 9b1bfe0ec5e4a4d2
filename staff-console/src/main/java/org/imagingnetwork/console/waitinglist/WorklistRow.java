package org.imagingnetwork.console.waitinglist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One request on the network waiting list, as a bookings clerk scans it. */
public record WorklistRow(
        long requestId,
        long patientId,
        String nhsNumber,
        String patientName,
        LocalDate dateOfBirth,
        String examCode,
        String examName,
        String modality,
        String priority,
        String state,
        String referringTrust,
        Instant receivedAt,
        LocalDate breachDate,
        int weeksWaited,
        boolean shortNotice,
        Optional<String> appointmentSite,
        Optional<Instant> appointmentAt) {}
