package org.imagingnetwork.portal.signin;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.core.patient.PatientId;
import org.jdbi.v3.core.Jdbi;

/** Sign-in links and their wrong-answer counts. */
@Singleton
class SignInLinkRepository {

    private final Jdbi jdbi;

    SignInLinkRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void insert(UUID id, PatientId patient, Instant createdAt, Instant expiresAt) {
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into sign_in_link (id, patient_id, created_at, expires_at)
                        values (:id, :patient, :created, :expires)
                        """)
                .bind("id", id)
                .bind("patient", patient.value())
                .bind("created", utc(createdAt))
                .bind("expires", utc(expiresAt))
                .execute());
    }

    Optional<SignInLink> find(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select id, patient_id, expires_at, failed_attempts, locked_at
                        from sign_in_link where id = :id
                        """)
                .bind("id", id)
                .map((rs, ctx) -> new SignInLink(
                        rs.getObject("id", UUID.class),
                        new PatientId(rs.getLong("patient_id")),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                        rs.getInt("failed_attempts"),
                        rs.getObject("locked_at", OffsetDateTime.class) != null))
                .findOne());
    }

    /** Counts a wrong answer and locks the link at the limit; returns the link's new count. */
    int recordWrongAnswer(UUID id, int lockAt, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("""
                        update sign_in_link
                        set failed_attempts = failed_attempts + 1,
                            locked_at = case when failed_attempts + 1 >= :lockAt then coalesce(locked_at, :now) else locked_at end
                        where id = :id
                        returning failed_attempts
                        """)
                .bind("id", id)
                .bind("lockAt", lockAt)
                .bind("now", utc(now))
                .mapTo(Integer.class)
                .one());
    }

    void recordUse(UUID id, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("update sign_in_link set last_used_at = :now where id = :id")
                .bind("id", id)
                .bind("now", utc(now))
                .execute());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
