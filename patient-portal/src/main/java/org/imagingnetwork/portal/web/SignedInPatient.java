package org.imagingnetwork.portal.web;

import io.micronaut.security.authentication.Authentication;
import org.imagingnetwork.core.patient.PatientId;

/** Who is signed in: the session's subject is the patient's id, set by either way of signing in. */
public final class SignedInPatient {

    public static final String ROLE = "PATIENT";

    private SignedInPatient() {}

    public static PatientId of(Authentication authentication) {
        // Routes already require the role; this keeps a session of any other kind (a numeric name
        // without the patient role) from ever being read as a patient here too.
        if (!authentication.getRoles().contains(ROLE)) {
            throw new PageNotFound();
        }
        try {
            return new PatientId(Long.parseLong(authentication.getName()));
        } catch (NumberFormatException e) {
            throw new PageNotFound();
        }
    }
}
