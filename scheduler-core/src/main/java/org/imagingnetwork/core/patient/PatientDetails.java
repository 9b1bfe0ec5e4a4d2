package org.imagingnetwork.core.patient;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Checked, normalised details of a patient not yet (or about to be) saved. */
public record PatientDetails(
        NhsNumber nhsNumber,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        Postcode postcode,
        Optional<String> phone,
        Optional<String> email,
        ContactPreference contactPreference,
        Language language,
        Set<String> accessibilityNeeds,
        Optional<Guardian> guardian) {

    public PatientDetails {
        accessibilityNeeds = Set.copyOf(accessibilityNeeds);
    }

    public Patient withId(PatientId id) {
        return new Patient(
                id,
                nhsNumber,
                givenName,
                familyName,
                dateOfBirth,
                postcode,
                phone,
                email,
                contactPreference,
                language,
                accessibilityNeeds,
                guardian);
    }
}
