package org.imagingnetwork.core.request;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.Patient;

/** Builds the request's value objects from a checked referral. */
final class RequestValues {
    private RequestValues() {}

    static NewRequest newRequest(
            ReceiveReferral referral,
            Patient patient,
            Exam exam,
            OdsCode trust,
            List<OdsCode> sites,
            Instant receivedAt) {
        // A contrast exam needs contrast whatever the referrer ticked; the eGFR rule depends on it.
        ClinicalNeeds needs = new ClinicalNeeds(
                referral.needsSedation(),
                referral.needsGeneralAnaesthetic(),
                referral.weightKg() == null ? OptionalInt.empty() : OptionalInt.of(referral.weightKg()),
                referral.claustrophobic(),
                referral.needsContrast() || exam.contrast());
        PatientPreferences preferences = new PatientPreferences(
                Set.copyOf(sites),
                referral.maxTravelKm() == null ? OptionalInt.empty() : OptionalInt.of(referral.maxTravelKm()),
                Optional.ofNullable(referral.shortNoticeHours()).map(Duration::ofHours));
        Optional<LocalDate> due = Optional.ofNullable(referral.dueDate());
        return new NewRequest(
                patient.id(),
                exam.code(),
                referral.priority(),
                due,
                new Referral(trust, referral.clinician().strip()),
                receivedAt,
                SixWeekBreach.dateFor(receivedAt, due),
                needs,
                preferences);
    }
}
