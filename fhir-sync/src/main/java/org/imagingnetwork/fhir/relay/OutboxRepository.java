package org.imagingnetwork.fhir.relay;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.AppointmentStatus;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.outbox.OutboxChange;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.fhir.mapping.AppointmentSnapshot;
import org.imagingnetwork.fhir.mapping.RejectionSnapshot;
import org.imagingnetwork.fhir.mapping.SlotSnapshot;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The outbox as the relay sees it. Claims and outcomes are one statement each, on the caller's handle.
 * What staff see of parked rows, and their retry, is scheduler-core's {@code ParkedWrites}.
 */
public final class OutboxRepository {

    private static final String ROW_COLUMNS =
            "o.id, o.appointment_id, o.slot_id as changed_slot, o.request_id as changed_request, o.trust_ods_code,"
                    + " o.change, o.appointment_status, o.slot_status as changed_slot_status, o.owner_ods_code,"
                    + " o.created_at, o.attempts, o.last_error";

    private final Jdbi jdbi;

    public OutboxRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Leases up to {@code limit} due rows to the caller for {@code leaseFor} and reads what each asks
     * the relay to write, in one statement. It skips rows another relay holds or has leased and
     * trusts whose breaker is open. A row is due only when every earlier row of its appointment, or of
     * its slot for a slot's own change, is delivered, so a later change never overtakes an earlier one,
     * not even one that is parked or being tried by another relay this moment. The due rows and both
     * look-ups have partial indexes of undelivered rows only (V35), so the claim costs the same
     * however many rows were delivered before ({@code OutboxClaimBenchmark}). The lease runs on
     * the database's clock, so relay hosts whose clocks disagree still agree on it.
     *
     * <p>Every row is returned, whatever it is about (the joins to what only some rows name are outer
     * joins), so no leased row goes unwritten. An appointment's delivery has the appointment as its
     * change left it and the slot as it is now,
     * stamped with the latest row about the slot (through any of its appointments or its own changes);
     * a slot's own change has the status it left the slot in, stamped with its own row. Either way a
     * slot written from an older row never replaces a newer state in the RIS.
     */
    List<Delivery> claim(Handle handle, int limit, Instant now, List<String> resting, UUID lease, Duration leaseFor) {
        return handle.createQuery("""
                        with due as (
                            select o.id
                            from outbox o
                            where o.status = 'PENDING'
                              and o.next_attempt_at <= :now
                              and (o.leased_until is null or o.leased_until <= clock_timestamp())
                              and o.trust_ods_code <> all(:resting)
                              and not exists (
                                  select 1 from outbox earlier
                                  where earlier.appointment_id = o.appointment_id
                                    and earlier.id < o.id
                                    and earlier.status <> 'DELIVERED')
                              and not exists (
                                  select 1 from outbox earlier
                                  where earlier.slot_id = o.slot_id
                                    and earlier.id < o.id
                                    and earlier.status <> 'DELIVERED')
                            order by o.id
                            limit :limit
                            for update of o skip locked),
                        leased as (
                            update outbox o
                            set lease = :lease, leased_until = clock_timestamp() + :leaseMillis * interval '1 millisecond'
                            from due
                            where o.id = due.id
                            returning o.*)
                        select %s,
                               a.request_id, a.booked_at,
                               s.id as slot_id, s.starts_at, s.ends_at, s.status as slot_status, s.room_id,
                               rm.name as room_name, rm.site_ods_code, st.name as site_name,
                               rq.exam_code, e.name as exam_name, p.nhs_number, t.ris_fhir_base_url,
                               rejection.rejected_because, rejection.rejected_at,
                               exists (select 1 from appointment live
                                       where live.slot_id = s.id and live.status in ('BOOKED', 'ARRIVED', 'FULFILLED'))
                                   as slot_taken,
                               greatest(
                                   (select max(so.id) from outbox so join appointment sa on sa.id = so.appointment_id
                                    where sa.slot_id = s.id),
                                   (select max(so.id) from outbox so where so.slot_id = s.id)) as slot_sequence
                        from leased o
                        left join appointment a on a.id = o.appointment_id
                        left join slot s on s.id = coalesce(a.slot_id, o.slot_id)
                        left join room rm on rm.id = s.room_id
                        left join site st on st.ods_code = rm.site_ods_code
                        left join request rq on rq.id = coalesce(a.request_id, o.request_id)
                        left join exam e on e.code = rq.exam_code
                        left join patient p on p.id = rq.patient_id
                        left join lateral (
                            select ev.reason as rejected_because, ev.occurred_at as rejected_at
                            from request_event ev
                            where ev.request_id = o.request_id and ev.to_state = 'REJECTED'
                            order by ev.id desc
                            limit 1) rejection on true
                        join trust t on t.ods_code = o.trust_ods_code
                        order by o.id
                        """.formatted(ROW_COLUMNS))
                .bind("now", utc(now))
                .bindArray("resting", String.class, resting)
                .bind("limit", limit)
                .bind("lease", lease)
                .bind("leaseMillis", leaseFor.toMillis())
                .map((rs, ctx) -> delivery(row(rs), rs))
                .list();
    }

    /**
     * Records what became of a leased batch and ends the lease, in one statement, only on rows this
     * lease still holds (a relay that outlived its lease changes nothing). Returns how many rows it
     * recorded.
     */
    int settle(Handle handle, UUID lease, List<Settled> outcomes, Instant at) {
        int size = outcomes.size();
        Long[] ids = new Long[size];
        String[] kinds = new String[size];
        String[] nextAttempts = new String[size];
        String[] errors = new String[size];
        for (int i = 0; i < size; i++) {
            Settled outcome = outcomes.get(i);
            ids[i] = outcome.row().id();
            if (outcome instanceof Settled.Delivered) {
                kinds[i] = "DELIVERED";
            } else if (outcome instanceof Settled.Released) {
                kinds[i] = "RELEASED";
            } else if (outcome instanceof Settled.DueAgain again) {
                kinds[i] = "DUE_AGAIN";
                nextAttempts[i] = again.next().toString();
                errors[i] = again.error();
            } else {
                kinds[i] = "PARKED";
                errors[i] = ((Settled.Parked) outcome).error();
            }
        }
        // A released row was not tried: it keeps its attempts, error and due time.
        return handle.createUpdate("""
                        update outbox o
                        set status = case v.kind when 'DELIVERED' then 'DELIVERED'
                                                 when 'PARKED' then 'FAILED'
                                                 else o.status end,
                            delivered_at = case when v.kind = 'DELIVERED' then :at else o.delivered_at end,
                            attempts = o.attempts + case when v.kind = 'RELEASED' then 0 else 1 end,
                            next_attempt_at = case when v.kind = 'DUE_AGAIN' then v.next_attempt_at
                                                   else o.next_attempt_at end,
                            last_error = case v.kind when 'RELEASED' then o.last_error else v.error end,
                            lease = null, leased_until = null
                        from unnest(cast(:ids as bigint[]), cast(:kinds as text[]), cast(:nextAttempts as timestamptz[]),
                                    cast(:errors as text[])) as v(id, kind, next_attempt_at, error)
                        where o.id = v.id and o.lease = :lease
                        """)
                .bindArray("ids", Long.class, (Object[]) ids)
                .bindArray("kinds", String.class, (Object[]) kinds)
                .bindArray("nextAttempts", String.class, (Object[]) nextAttempts)
                .bindArray("errors", String.class, (Object[]) errors)
                .bind("at", utc(at))
                .bind("lease", lease)
                .execute();
    }

    /**
     * Deletes up to {@code limit} rows delivered before {@code before}, found through
     * {@code outbox_delivered_at_idx} (V35). Rows another relay is deleting this moment are skipped,
     * so relays purging together do not wait on each other. A rejection's row is kept: it is the
     * record, shown with the request, that the referrer was told. Returns how many it deleted.
     */
    int deleteDelivered(Instant before, int limit) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        delete from outbox
                        where id in (select id from outbox
                                     where status = 'DELIVERED' and delivered_at < :before
                                       and change <> 'REFERRAL_REJECTED'
                                     limit :limit
                                     for update skip locked)
                        """)
                .bind("before", utc(before))
                .bind("limit", limit)
                .execute());
    }

    /**
     * Per trust with anything undelivered: changes still to deliver, when the oldest of them was
     * made, and changes parked for staff. Read through the partial indexes on PENDING and FAILED
     * rows, so its cost does not grow with the delivered history.
     */
    List<RelayBacklog.TrustBacklog> backlogByTrust() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select trust_ods_code,
                               count(*) filter (where status = 'PENDING') as pending,
                               min(created_at) filter (where status = 'PENDING') as oldest_pending,
                               count(*) filter (where status = 'FAILED') as parked
                        from outbox
                        where status in ('PENDING', 'FAILED')
                        group by trust_ods_code
                        """)
                .map((rs, ctx) -> new RelayBacklog.TrustBacklog(
                        rs.getString("trust_ods_code"),
                        rs.getLong("pending"),
                        Optional.ofNullable(rs.getObject("oldest_pending", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant),
                        rs.getLong("parked")))
                .list());
    }

    private static OutboxRow row(ResultSet rs) throws SQLException {
        long slot = rs.getLong("changed_slot");
        Optional<SlotId> changedSlot = rs.wasNull() ? Optional.empty() : Optional.of(new SlotId(slot));
        long request = rs.getLong("changed_request");
        Optional<RequestId> changedRequest = rs.wasNull() ? Optional.empty() : Optional.of(new RequestId(request));
        return new OutboxRow(
                rs.getLong("id"),
                Optional.ofNullable(rs.getObject("appointment_id", UUID.class)).map(AppointmentId::new),
                changedSlot,
                changedRequest,
                new OdsCode(rs.getString("trust_ods_code")),
                OutboxChange.valueOf(rs.getString("change")),
                Optional.ofNullable(rs.getString("appointment_status")).map(AppointmentStatus::valueOf),
                Optional.ofNullable(rs.getString("changed_slot_status")).map(SlotStatus::valueOf),
                instant(rs, "created_at"),
                rs.getInt("attempts"),
                Optional.ofNullable(rs.getString("last_error")));
    }

    private static Delivery delivery(OutboxRow row, ResultSet rs) throws SQLException {
        URI base = URI.create(rs.getString("ris_fhir_base_url"));
        if (row.request().isPresent()) {
            RejectionSnapshot rejection = new RejectionSnapshot(
                    row.request().get(),
                    row.id(),
                    new NhsNumber(rs.getString("nhs_number")),
                    new ExamCode(rs.getString("exam_code")),
                    rs.getString("exam_name"),
                    row.trust(),
                    new OdsCode(rs.getString("owner_ods_code")),
                    rs.getString("rejected_because"),
                    instant(rs, "rejected_at"));
            return new Delivery(row, base, Optional.empty(), Optional.empty(), Optional.of(rejection));
        }
        OdsCode site = new OdsCode(rs.getString("site_ods_code"));
        SlotId slotId = new SlotId(rs.getLong("slot_id"));
        Instant start = instant(rs, "starts_at");
        Instant end = instant(rs, "ends_at");
        Optional<AppointmentSnapshot> appointment = row.appointment().isEmpty()
                ? Optional.empty()
                : Optional.of(new AppointmentSnapshot(
                        row.appointment().get(),
                        row.statusAfter(),
                        row.id(),
                        new RequestId(rs.getLong("request_id")),
                        new NhsNumber(rs.getString("nhs_number")),
                        new ExamCode(rs.getString("exam_code")),
                        rs.getString("exam_name"),
                        slotId,
                        site,
                        rs.getString("site_name"),
                        start,
                        end,
                        instant(rs, "booked_at")));
        SlotStatus slotStatus = row.slotStatus().orElseGet(() -> statusNow(rs));
        long sequence = row.slotStatus().isPresent() ? row.id() : rs.getLong("slot_sequence");
        SlotSnapshot slot = new SlotSnapshot(
                slotId, rs.getString("room_id"), rs.getString("room_name"), site, start, end, slotStatus, sequence);
        return new Delivery(row, base, appointment, Optional.of(slot), Optional.empty());
    }

    /**
     * The slot's status now, as an appointment's change sends it: blocked while staff have it blocked
     * (even with a patient still in it, waiting to be moved), else booked while a live appointment
     * holds it, else free.
     */
    private static SlotStatus statusNow(ResultSet rs) {
        try {
            if (SlotStatus.valueOf(rs.getString("slot_status")) == SlotStatus.BLOCKED) {
                return SlotStatus.BLOCKED;
            }
            return rs.getBoolean("slot_taken") ? SlotStatus.BOOKED : SlotStatus.FREE;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
