package org.imagingnetwork.core.signin;

import java.time.Instant;
import java.util.UUID;
import org.imagingnetwork.core.patient.PatientId;

/**
 * A sign-in link as stored: who it is for, when it was made, until when it works, and how many
 * wrong answers it has had.
 */
public record SignInLink(
        UUID id, PatientId patient, Instant createdAt, Instant expiresAt, int failedAttempts, boolean locked) {

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
