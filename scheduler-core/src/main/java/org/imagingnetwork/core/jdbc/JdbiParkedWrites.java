package org.imagingnetwork.core.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.core.audit.AuditActions;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.AppointmentStatus;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.outbox.OutboxChange;
import org.imagingnetwork.core.outbox.ParkedWrite;
import org.imagingnetwork.core.outbox.ParkedWrites;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Parked outbox rows (status FAILED) for staff, read through the partial index on parked rows per
 * trust. A retry is one update guarded by {@code status = 'FAILED'}, so two people retrying the same
 * row requeue it once, and each requeued row gets its audit row in the same transaction: about the
 * appointment's or the rejected referral's patient, or about no patient for a slot's own change.
 */
public final class JdbiParkedWrites implements ParkedWrites {

    private static final String REQUEUE = """
            update outbox o
            set status = 'PENDING', attempts = 0, next_attempt_at = :now, last_error = null
            where o.status = 'FAILED' and o.trust_ods_code = any(:trusts)
            """;

    private static final String REQUEUED = """
             returning o.id, o.change, o.trust_ods_code, o.appointment_id, o.slot_id, o.request_id,
                       coalesce((select r.patient_id from appointment a join request r on r.id = a.request_id
                                 where a.id = o.appointment_id),
                                (select r.patient_id from request r where r.id = o.request_id)) as patient_id
            """;

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiParkedWrites(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public Map<OdsCode, Integer> countByTrust(Collection<OdsCode> trusts) {
        return jdbi.withHandle(h -> {
            Map<OdsCode, Integer> counts = new LinkedHashMap<>();
            h.createQuery("""
                            select trust_ods_code, count(*) as parked from outbox
                            where status = 'FAILED' and trust_ods_code = any(:trusts)
                            group by trust_ods_code order by trust_ods_code
                            """)
                    .bindArray("trusts", String.class, codes(trusts))
                    .map((rs, ctx) -> Map.entry(new OdsCode(rs.getString("trust_ods_code")), rs.getInt("parked")))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            return counts;
        });
    }

    @Override
    public List<ParkedWrite> parked(Collection<OdsCode> trusts, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select o.id, o.trust_ods_code, o.change, o.appointment_status, o.slot_status, o.appointment_id,
                               o.request_id, o.created_at, o.attempts, o.last_error,
                               s.id as slot_id, s.starts_at, st.name as site_name, rm.name as room_name,
                               (select count(*) from outbox later
                                where (later.appointment_id = o.appointment_id or later.slot_id = o.slot_id)
                                  and later.id > o.id and later.status = 'PENDING') as held_back
                        from outbox o
                        left join appointment a on a.id = o.appointment_id
                        left join slot s on s.id = coalesce(o.slot_id, a.slot_id)
                        left join room rm on rm.id = s.room_id
                        left join site st on st.ods_code = rm.site_ods_code
                        where o.status = 'FAILED' and o.trust_ods_code = any(:trusts)
                        order by o.id
                        limit :limit
                        """)
                .bindArray("trusts", String.class, codes(trusts))
                .bind("limit", limit)
                .map((rs, ctx) -> parked(rs))
                .list());
    }

    @Override
    public boolean retry(long id, Collection<OdsCode> trusts, StaffActor who) {
        return jdbi.inTransaction(h ->
                requeue(h, h.createQuery(REQUEUE + " and o.id = :id" + REQUEUED).bind("id", id), trusts, who) == 1);
    }

    @Override
    public int retryAll(OdsCode trust, StaffActor who) {
        return jdbi.inTransaction(h -> requeue(h, h.createQuery(REQUEUE + REQUEUED), List.of(trust), who));
    }

    private int requeue(Handle handle, Query statement, Collection<OdsCode> trusts, StaffActor who) {
        record Requeued(long id, String change, String trust, String subject, Optional<PatientId> patient) {}
        List<Requeued> requeued = statement
                .bindArray("trusts", String.class, codes(trusts))
                .bind("now", Rows.utc(clock.instant()))
                .map((rs, ctx) -> {
                    long patient = rs.getLong("patient_id");
                    Optional<PatientId> about = rs.wasNull() ? Optional.empty() : Optional.of(new PatientId(patient));
                    return new Requeued(
                            rs.getLong("id"),
                            rs.getString("change"),
                            rs.getString("trust_ods_code"),
                            subject(rs),
                            about);
                })
                .list();
        for (Requeued row : requeued) {
            JdbiAuditLog.write(
                    handle,
                    clock,
                    AuditRecord.by(
                            who,
                            AuditActions.RIS_DELIVERY_RETRIED,
                            row.patient(),
                            "requeued RIS write " + row.id() + " (" + row.change() + " of " + row.subject() + ") for "
                                    + row.trust(),
                            ""));
        }
        return requeued.size();
    }

    /** What a requeued row is about, in the audit row's words. */
    private static String subject(ResultSet rs) throws SQLException {
        UUID appointment = rs.getObject("appointment_id", UUID.class);
        if (appointment != null) {
            return "appointment " + appointment;
        }
        long slot = rs.getLong("slot_id");
        return rs.wasNull() ? "referral " + rs.getLong("request_id") : "slot " + slot;
    }

    private static List<String> codes(Collection<OdsCode> trusts) {
        return trusts.stream().map(OdsCode::value).toList();
    }

    private static ParkedWrite parked(ResultSet rs) throws SQLException {
        return new ParkedWrite(
                rs.getLong("id"),
                new OdsCode(rs.getString("trust_ods_code")),
                OutboxChange.valueOf(rs.getString("change")),
                Optional.ofNullable(rs.getString("appointment_status")).map(AppointmentStatus::valueOf),
                Optional.ofNullable(rs.getString("slot_status")).map(SlotStatus::valueOf),
                Optional.ofNullable(rs.getObject("appointment_id", UUID.class)).map(AppointmentId::new),
                slotPlace(rs),
                Optional.ofNullable(rs.getObject("request_id", Long.class)).map(RequestId::new),
                Rows.instant(rs, "created_at"),
                rs.getInt("attempts"),
                Rows.optionalString(rs, "last_error"),
                rs.getInt("held_back"));
    }

    private static Optional<ParkedWrite.SlotPlace> slotPlace(ResultSet rs) throws SQLException {
        long slot = rs.getLong("slot_id");
        if (rs.wasNull()) {
            return Optional.empty();
        }
        return Optional.of(new ParkedWrite.SlotPlace(
                new SlotId(slot), Rows.instant(rs, "starts_at"), rs.getString("site_name"), rs.getString("room_name")));
    }
}
