package org.imagingnetwork.console.vetting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A referral as the vetting page shows it: the patient, the exam and everything the referrer said. */
public record Referral(
        long requestId,
        long patientId,
        String patientName,
        String nhsNumber,
        LocalDate dateOfBirth,
        String examCode,
        String examName,
        String modality,
        String priority,
        Optional<LocalDate> dueDate,
        String referringTrust,
        String referringTrustName,
        String clinician,
        Instant receivedAt,
        LocalDate breachDate,
        String state,
        boolean needsContrast,
        boolean needsSedation,
        boolean needsGeneralAnaesthetic,
        Optional<Integer> weightKg,
        boolean claustrophobic,
        Optional<String> protocol,
        Optional<Integer> egfr,
        Optional<LocalDate> egfrMeasuredOn) {

    public boolean toVet() {
        return "RECEIVED".equals(state);
    }

    public boolean sedated() {
        return needsSedation || needsGeneralAnaesthetic;
    }
}
