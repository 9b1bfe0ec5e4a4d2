package org.imagingnetwork.core.jdbc;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.diary.DiaryScope;
import org.imagingnetwork.core.diary.DiaryStore;
import org.imagingnetwork.core.diary.DiaryUnit;
import org.imagingnetwork.core.diary.NeedsRebooking;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.jdbi.v3.core.Jdbi;

/** Diary changes on PostgreSQL at READ COMMITTED, correct through row locks and the diary's constraints. */
public final class JdbiDiaryStore implements DiaryStore {

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiDiaryStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public <T> T inTransaction(Function<DiaryUnit, T> work) {
        return jdbi.inTransaction(handle -> work.apply(new JdbiDiaryUnit(handle, clock)));
    }

    /**
     * Starts from the open blocks, which are few, rather than from the slot table, whose status is not
     * indexed (bookings update it in place, V14): each open block leads to its slot, or to its session's
     * blocked slots, and from there to the one live appointment a slot can hold. A slot under both its own
     * block and its session's is listed once, with the earlier block.
     */
    @Override
    public List<NeedsRebooking> needingRebooking(DiaryScope scope) {
        return jdbi.withHandle(h -> h.createQuery("""
                        with blocked as (
                            select s.id as slot_id, d.reason, d.blocked_at, d.blocked_by
                            from diary_block d join slot s on s.id = d.slot_id
                            where d.released_at is null and d.slot_id is not null
                            union all
                            select s.id, d.reason, d.blocked_at, d.blocked_by
                            from diary_block d join slot s on s.session_id = d.session_id
                            where d.released_at is null and d.session_id is not null and s.status = 'BLOCKED')
                        select distinct on (s.starts_at, s.id)
                               a.id as appointment_id, rq.patient_id, p.nhs_number,
                               p.given_name || ' ' || p.family_name as patient_name, rq.id as request_id,
                               rq.exam_code, rq.referring_trust, s.id as slot_id, s.starts_at, s.room_id,
                               rm.site_ods_code, b.reason, b.blocked_at, b.blocked_by
                        from blocked b
                        join slot s on s.id = b.slot_id
                        join appointment a on a.slot_id = s.id and a.status = 'BOOKED'
                        join request rq on rq.id = a.request_id
                        join patient p on p.id = rq.patient_id
                        join room rm on rm.id = s.room_id
                        join site st on st.ods_code = rm.site_ods_code
                        where st.ods_code = any(:sites) or st.trust_ods_code = any(:trusts)
                           or rq.referring_trust = any(:trusts)
                        order by s.starts_at, s.id, b.blocked_at
                        """)
                .bind("sites", codes(scope.sites()))
                .bind("trusts", codes(scope.trusts()))
                .map((rs, ctx) -> new NeedsRebooking(
                        new AppointmentId(rs.getObject("appointment_id", UUID.class)),
                        new PatientId(rs.getLong("patient_id")),
                        new NhsNumber(rs.getString("nhs_number")),
                        rs.getString("patient_name"),
                        new RequestId(rs.getLong("request_id")),
                        new ExamCode(rs.getString("exam_code")),
                        new OdsCode(rs.getString("referring_trust")),
                        new SlotId(rs.getLong("slot_id")),
                        Rows.instant(rs, "starts_at"),
                        rs.getString("room_id"),
                        new OdsCode(rs.getString("site_ods_code")),
                        rs.getString("reason"),
                        Rows.instant(rs, "blocked_at"),
                        rs.getString("blocked_by")))
                .list());
    }

    private static String[] codes(java.util.Set<OdsCode> codes) {
        return codes.stream().map(OdsCode::value).toArray(String[]::new);
    }
}
