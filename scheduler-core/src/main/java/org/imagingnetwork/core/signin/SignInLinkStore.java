package org.imagingnetwork.core.signin;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.patient.PatientId;

/** The sign-in links made for patients, and the wrong answers given to them. */
public interface SignInLinkStore {

    void insert(UUID id, PatientId patient, Instant createdAt, Instant expiresAt);

    /** Saves the link with the audit row of whoever sent it, in one transaction. */
    void insert(UUID id, PatientId patient, Instant createdAt, Instant expiresAt, AuditRecord sentBy);

    Optional<SignInLink> find(UUID id);

    /** The link made last for this patient, by any app for any reason. */
    Optional<SignInLink> latestFor(PatientId patient);

    /** Counts a wrong answer and locks the link at the limit; returns the link's new count. */
    int recordWrongAnswer(UUID id, int lockAt, Instant now);

    void recordUse(UUID id, Instant now);
}
