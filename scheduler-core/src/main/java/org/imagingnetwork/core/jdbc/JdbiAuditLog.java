package org.imagingnetwork.core.jdbc;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.imagingnetwork.core.audit.AuditEntry;
import org.imagingnetwork.core.audit.AuditFilter;
import org.imagingnetwork.core.audit.AuditLog;
import org.imagingnetwork.core.audit.AuditPage;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.core.validation.InvalidFieldException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

@Singleton
public final class JdbiAuditLog implements AuditLog {
    /** Rows fetched per round trip while exporting, so an export of the whole log never sits in memory at once. */
    private static final int EXPORT_FETCH_SIZE = 500;

    private static final String NEWEST_FIRST = " order by occurred_at desc, id desc";

    private final Jdbi jdbi;
    private final Clock clock;

    @Inject
    public JdbiAuditLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public void record(AuditRecord entry) {
        jdbi.useHandle(h -> write(h, clock, entry));
    }

    /**
     * Records in the caller's open transaction, so the change it describes and this row commit or
     * roll back together: no change without its record, no record of a change that did not happen.
     */
    public void recordIn(Handle handle, AuditRecord entry) {
        write(handle, clock, entry);
    }

    static void write(
            Handle handle, Clock clock, String actor, String action, Optional<PatientId> patient, String detail) {
        write(handle, clock, AuditRecord.bySystem(actor, action, patient, detail));
    }

    static void write(Handle handle, Clock clock, AuditRecord entry) {
        write(handle, clock.instant(), entry);
    }

    static void write(Handle handle, Instant at, AuditRecord entry) {
        handle.createUpdate("""
                        insert into audit_log (occurred_at, actor, actor_role, actor_organisation, action, patient_id,
                                               detail, reason)
                        values (:at, :actor, :role, :organisation, :action, :patient, :detail, :reason)
                        """)
                .bind("at", Rows.utc(at))
                .bind("actor", entry.actor())
                .bind("role", entry.role())
                .bind("organisation", entry.organisation())
                .bind("action", entry.action())
                .bind("patient", entry.patient().map(PatientId::value).orElse(null))
                .bind("detail", entry.detail())
                .bind("reason", entry.reason())
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

    @Override
    public AuditPage search(AuditFilter filter, int limit, int offset) {
        if (limit < 1) {
            throw new InvalidFieldException("limit", "must be at least 1");
        }
        if (offset < 0) {
            throw new InvalidFieldException("offset", "must not be negative");
        }
        String where = where(filter);
        // One snapshot for the page and the count, so "showing 41-60 of 75" never disagrees with itself.
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
            List<AuditEntry> entries = bind(
                            h.createQuery(
                                    "select * from audit_log" + where + NEWEST_FIRST + " limit :limit offset :offset"),
                            filter)
                    .bind("limit", limit)
                    .bind("offset", offset)
                    .map(JdbiAuditLog::entry)
                    .list();
            long total = bind(h.createQuery("select count(*) from audit_log" + where), filter)
                    .mapTo(Long.class)
                    .one();
            return new AuditPage(entries, total);
        });
    }

    @Override
    public void export(AuditFilter filter, Consumer<AuditEntry> sink) {
        // The driver streams with a fetch size only inside a transaction.
        jdbi.useTransaction(h -> bind(h.createQuery("select * from audit_log" + where(filter) + NEWEST_FIRST), filter)
                .setFetchSize(EXPORT_FETCH_SIZE)
                .map(JdbiAuditLog::entry)
                .useStream(entries -> entries.forEach(sink)));
    }

    /** The filter's conditions, each a fixed fragment with a named parameter bound by {@link #bind}. */
    private static String where(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        filter.patient().ifPresent(p -> conditions.add("patient_id = :patient"));
        filter.actor().ifPresent(a -> conditions.add("actor = :actor"));
        filter.from().ifPresent(d -> conditions.add("occurred_at >= :from"));
        filter.to().ifPresent(d -> conditions.add("occurred_at < :to"));
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static Query bind(Query query, AuditFilter filter) {
        filter.patient().ifPresent(p -> query.bind("patient", p.value()));
        filter.actor().ifPresent(a -> query.bind("actor", a));
        filter.from().ifPresent(d -> query.bind("from", Rows.utc(London.moment(d, LocalTime.MIDNIGHT))));
        filter.to().ifPresent(d -> query.bind("to", Rows.utc(London.moment(d, LocalTime.MIDNIGHT))));
        return query;
    }

    private static AuditEntry entry(ResultSet rs, StatementContext ctx) throws SQLException {
        long patient = rs.getLong("patient_id");
        Optional<PatientId> about = rs.wasNull() ? Optional.empty() : Optional.of(new PatientId(patient));
        return new AuditEntry(
                rs.getLong("id"),
                Rows.instant(rs, "occurred_at"),
                rs.getString("actor"),
                rs.getString("actor_role"),
                rs.getString("actor_organisation"),
                rs.getString("action"),
                about,
                rs.getString("detail"),
                rs.getString("reason"));
    }
}
