package org.imagingnetwork.core.patient;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;

/** A patient of the network, identified by their NHS number. */
public record Patient(
        PatientId id,
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

    public Patient {
        accessibilityNeeds = Set.copyOf(accessibilityNeeds);
    }

    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    public boolean isChildOn(LocalDate day) {
        return ageOn(day) < 18;
    }
}
