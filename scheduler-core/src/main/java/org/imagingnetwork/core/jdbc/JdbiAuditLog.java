package org.imagingnetwork.core.jdbc;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.audit.AuditEntry;
import org.imagingnetwork.core.audit.AuditLog;
import org.imagingnetwork.core.patient.PatientId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

@Singleton
public final class JdbiAuditLog implements AuditLog {
    private final Jdbi jdbi;
    private final Clock clock;

    @Inject
    public JdbiAuditLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public void record(String actor, String action, Optional<PatientId> patient, String detail) {
        jdbi.useHandle(h -> write(h, clock, actor, action, patient, detail));
    }

    /** Writes an audit row in the caller's transaction, so the change and its record commit together. */
    static void write(
            Handle handle, Clock clock, String actor, String action, Optional<PatientId> patient, String detail) {
        handle.createUpdate("""
                        insert into audit_log (occurred_at, actor, action, patient_id, detail)
                        values (:at, :actor, :action, :patient, :detail)
                        """)
                .bind("at", Rows.utc(clock.instant()))
                .bind("actor", actor)
                .bind("action", action)
                .bind("patient", patient.map(PatientId::value).orElse(null))
                .bind("detail", detail)
                .execute();
    }

    @Override
    public List<AuditEntry> trailOf(PatientId patient) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select * from audit_log where patient_id = :patient order by occurred_at, id
                        """)
                .bind("patient", patient.value())
                .map(JdbiAuditLog::entry)
                .list());
    }

    @Override
    public List<AuditEntry> byActor(String actor, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select * from audit_log where actor = :actor order by occurred_at desc, id desc limit :limit
                        """)
                .bind("actor", actor)
                .bind("limit", limit)
                .map(JdbiAuditLog::entry)
                .list());
    }

    private static AuditEntry entry(ResultSet rs, StatementContext ctx) throws SQLException {
        long patient = rs.getLong("patient_id");
        Optional<PatientId> about = rs.wasNull() ? Optional.empty() : Optional.of(new PatientId(patient));
        return new AuditEntry(
                rs.getLong("id"),
                Rows.instant(rs, "occurred_at"),
                rs.getString("actor"),
                rs.getString("action"),
                about,
                rs.getString("detail"));
    }
}
