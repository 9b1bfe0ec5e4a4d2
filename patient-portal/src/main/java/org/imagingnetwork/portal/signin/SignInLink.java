package org.imagingnetwork.portal.signin;

import java.time.Instant;
import java.util.UUID;
import org.imagingnetwork.core.patient.PatientId;

/** A sign-in link as stored: who it is for, until when, and how many wrong answers it has had. */
record SignInLink(UUID id, PatientId patient, Instant expiresAt, int failedAttempts, boolean locked) {

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
