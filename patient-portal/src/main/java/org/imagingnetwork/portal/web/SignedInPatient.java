package org.imagingnetwork.portal.web;

import io.micronaut.security.authentication.Authentication;
import org.imagingnetwork.core.patient.PatientId;

/** Who is signed in: the session's subject is the patient's id, set by either way of signing in. */
public final class SignedInPatient {

    public static final String ROLE = "PATIENT";

    private SignedInPatient() {}

    public static PatientId of(Authentication authentication) {
        try {
            return new PatientId(Long.parseLong(authentication.getName()));
        } catch (NumberFormatException e) {
            throw new PageNotFound();
        }
    }
}
