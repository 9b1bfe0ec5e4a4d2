package org.imagingnetwork.core.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A referral as it arrives (from a trust's RIS over FHIR, or keyed in by bookings staff), before
 * it is checked. Optional values are null when not given: {@code dueDate} (PLANNED only),
 * {@code weightKg}, {@code maxTravelKm}, {@code shortNoticeHours} (set when the patient can come at
 * short notice), and {@code receivedAt} (now, when the referral is keyed in as it arrives).
 */
public record ReceiveReferral(
        String nhsNumber,
        String examCode,
        Priority priority,
        LocalDate dueDate,
        String referringTrust,
        String clinician,
        boolean needsSedation,
        boolean needsGeneralAnaesthetic,
        Integer weightKg,
        boolean claustrophobic,
        boolean needsContrast,
        Set<String> acceptableSites,
        Integer maxTravelKm,
        Integer shortNoticeHours,
        Instant receivedAt,
        String actor) {

    public ReceiveReferral {
        acceptableSites = acceptableSites == null ? Set.of() : Set.copyOf(acceptableSites);
    }
}
