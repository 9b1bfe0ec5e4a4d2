package org.imagingnetwork.core.patient;

import java.time.LocalDate;
import java.util.Set;

/**
 * Patient details as someone typed or sent them, before they are checked. Optional fields are
 * null when not given. {@link PatientValidation} says what is wrong with them, field by field.
 */
public record PatientInput(
        String nhsNumber,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String postcode,
        String phone,
        String email,
        ContactPreference contactPreference,
        Language language,
        Set<String> accessibilityNeeds,
        String guardianName,
        String guardianRelationship,
        String guardianPhone) {

    public PatientInput {
        accessibilityNeeds = accessibilityNeeds == null ? Set.of() : Set.copyOf(accessibilityNeeds);
    }
}
