package org.imagingnetwork.core.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.signin.SignInLink;
import org.imagingnetwork.core.signin.SignInLinkStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Sign-in links and their wrong-answer counts (V9's {@code sign_in_link}). */
public final class JdbiSignInLinks implements SignInLinkStore {

    private static final String COLUMNS = "id, patient_id, created_at, expires_at, failed_attempts, locked_at";

    private final Jdbi jdbi;

    public JdbiSignInLinks(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(UUID id, PatientId patient, Instant createdAt, Instant expiresAt) {
        jdbi.useHandle(h -> insert(h, id, patient, createdAt, expiresAt));
    }

    @Override
    public void insert(UUID id, PatientId patient, Instant createdAt, Instant expiresAt, AuditRecord sentBy) {
        jdbi.useTransaction(h -> {
            insert(h, id, patient, createdAt, expiresAt);
            JdbiAuditLog.write(h, createdAt, sentBy);
        });
    }

    @Override
    public Optional<SignInLink> find(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from sign_in_link where id = :id")
                .bind("id", id)
                .map((rs, ctx) -> link(rs))
                .findOne());
    }

    @Override
    public Optional<SignInLink> latestFor(PatientId patient) {
        // Walks sign_in_link_patient_idx: a patient has a handful of links.
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + """
                         from sign_in_link where patient_id = :patient
                        order by created_at desc limit 1
                        """)
                .bind("patient", patient.value())
                .map((rs, ctx) -> link(rs))
                .findOne());
    }

    @Override
    public int recordWrongAnswer(UUID id, int lockAt, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("""
                        update sign_in_link
                        set failed_attempts = failed_attempts + 1,
                            locked_at = case when failed_attempts + 1 >= :lockAt then coalesce(locked_at, :now) else locked_at end
                        where id = :id
                        returning failed_attempts
                        """)
                .bind("id", id)
                .bind("lockAt", lockAt)
                .bind("now", Rows.utc(now))
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public void recordUse(UUID id, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("update sign_in_link set last_used_at = :now where id = :id")
                .bind("id", id)
                .bind("now", Rows.utc(now))
                .execute());
    }

    private static void insert(Handle h, UUID id, PatientId patient, Instant createdAt, Instant expiresAt) {
        h.createUpdate("""
                        insert into sign_in_link (id, patient_id, created_at, expires_at)
                        values (:id, :patient, :created, :expires)
                        """)
                .bind("id", id)
                .bind("patient", patient.value())
                .bind("created", Rows.utc(createdAt))
                .bind("expires", Rows.utc(expiresAt))
                .execute();
    }

    private static SignInLink link(ResultSet rs) throws SQLException {
        return new SignInLink(
                rs.getObject("id", UUID.class),
                new PatientId(rs.getLong("patient_id")),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "expires_at"),
                rs.getInt("failed_attempts"),
                rs.getObject("locked_at") != null);
    }
}
