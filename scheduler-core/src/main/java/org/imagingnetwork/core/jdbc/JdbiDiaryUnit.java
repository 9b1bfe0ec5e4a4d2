package org.imagingnetwork.core.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.diary.DiaryUnit;
import org.imagingnetwork.core.diary.RoomInDiary;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.diary.SessionInDiary;
import org.imagingnetwork.core.diary.SessionPlan;
import org.imagingnetwork.core.diary.SessionStatus;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.diary.SlotInDiary;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.diary.SlotWindow;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.PatientId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** One diary change's SQL. */
final class JdbiDiaryUnit implements DiaryUnit {

    private static final String SLOT_COLUMNS = """
            s.id, s.session_id, s.room_id, s.starts_at, s.status, s.version, se.status as session_status,
            rm.site_ods_code, st.trust_ods_code,
            live.id as live_appointment, live.patient_id as booked_patient,
            exists (select 1 from diary_block d where d.slot_id = s.id and d.released_at is null) as own_block
            """;
    private static final String SLOT_FROM = """
            slot s join session se on se.id = s.session_id
            join room rm on rm.id = s.room_id join site st on st.ods_code = rm.site_ods_code
            left join lateral (
                select a.id, rq.patient_id from appointment a join request rq on rq.id = a.request_id
                where a.slot_id = s.id and a.status in ('BOOKED', 'ARRIVED', 'FULFILLED')) live on true
            """;

    private final Handle handle;
    private final Clock clock;

    JdbiDiaryUnit(Handle handle, Clock clock) {
        this.handle = handle;
        this.clock = clock;
    }

    @Override
    public Optional<SlotInDiary> lockSlot(SlotId slot) {
        // The session first, shared: a session being blocked or released waits for this change, and this
        // one for it, so a slot's status and its session's are never decided on different pictures.
        Optional<Long> session = handle.createQuery("""
                        select se.id from session se join slot s on s.session_id = se.id
                        where s.id = :id for share of se
                        """)
                .bind("id", slot.value())
                .mapTo(Long.class)
                .findOne();
        if (session.isEmpty()) {
            return Optional.empty();
        }
        return handle.createQuery("select " + SLOT_COLUMNS + " from " + SLOT_FROM + " where s.id = :id for update of s")
                .bind("id", slot.value())
                .map(JdbiDiaryUnit::slot)
                .findOne();
    }

    @Override
    public Optional<SessionInDiary> lockSession(SessionId session) {
        return handle.createQuery("""
                        select se.id, se.room_id, se.starts_at, se.ends_at, se.status, se.version,
                               rm.site_ods_code, st.trust_ods_code
                        from session se join room rm on rm.id = se.room_id join site st on st.ods_code = rm.site_ods_code
                        where se.id = :id
                        for update of se
                        """)
                .bind("id", session.value())
                .map((rs, ctx) -> new SessionInDiary(
                        new SessionId(rs.getLong("id")),
                        rs.getString("room_id"),
                        new OdsCode(rs.getString("site_ods_code")),
                        new OdsCode(rs.getString("trust_ods_code")),
                        Rows.instant(rs, "starts_at"),
                        Rows.instant(rs, "ends_at"),
                        SessionStatus.valueOf(rs.getString("status")),
                        rs.getInt("version")))
                .findOne();
    }

    @Override
    public List<SlotInDiary> lockSlotsOf(SessionId session) {
        return handle.createQuery("select " + SLOT_COLUMNS + " from " + SLOT_FROM
                        + " where s.session_id = :session order by s.id for update of s")
                .bind("session", session.value())
                .map(JdbiDiaryUnit::slot)
                .list();
    }

    @Override
    public void setSlotStatus(SlotInDiary slot, SlotStatus status) {
        int updated = handle.createUpdate("""
                        update slot set status = :status, version = version + 1 where id = :id and version = :version
                        """)
                .bind("id", slot.id().value())
                .bind("version", slot.version())
                .bind("status", status.name())
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("slot " + slot.id() + " changed under its lock");
        }
    }

    @Override
    public void setSessionStatus(SessionInDiary session, SessionStatus status) {
        int updated = handle.createUpdate("""
                        update session set status = :status, version = version + 1 where id = :id and version = :version
                        """)
                .bind("id", session.id().value())
                .bind("version", session.version())
                .bind("status", status.name())
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("session " + session.id() + " changed under its lock");
        }
    }

    @Override
    public void openSlotBlock(SlotId slot, String reason, String actor, Instant at) {
        openBlock("slot_id", slot.value(), reason, actor, at);
    }

    @Override
    public void openSessionBlock(SessionId session, String reason, String actor, Instant at) {
        openBlock("session_id", session.value(), reason, actor, at);
    }

    private void openBlock(String column, long id, String reason, String actor, Instant at) {
        handle.createUpdate("insert into diary_block (" + column
                        + ", reason, blocked_at, blocked_by) values (:id, :reason, :at, :actor)")
                .bind("id", id)
                .bind("reason", reason)
                .bind("at", Rows.utc(at))
                .bind("actor", actor)
                .execute();
    }

    @Override
    public void endSlotBlock(SlotId slot, String reason, String actor, Instant at) {
        endBlock("slot_id", slot.value(), reason, actor, at);
    }

    @Override
    public void endSessionBlock(SessionId session, String reason, String actor, Instant at) {
        endBlock("session_id", session.value(), reason, actor, at);
    }

    private void endBlock(String column, long id, String reason, String actor, Instant at) {
        handle.createUpdate("update diary_block set released_at = :at, released_by = :actor, release_reason = :reason"
                        + " where " + column + " = :id and released_at is null")
                .bind("id", id)
                .bind("reason", reason)
                .bind("at", Rows.utc(at))
                .bind("actor", actor)
                .execute();
    }

    @Override
    public void withdrawOffers(List<SlotId> slots, Instant at) {
        if (slots.isEmpty()) {
            return;
        }
        handle.createUpdate("""
                        update offer set status = 'WITHDRAWN', answered_at = :at, version = version + 1
                        where slot_id = any(:slots) and status = 'OPEN'
                        """)
                .bind("slots", slots.stream().mapToLong(SlotId::value).boxed().toArray(Long[]::new))
                .bind("at", Rows.utc(at))
                .execute();
    }

    @Override
    public void addSlotOutbox(SlotId slot, OdsCode trust, SlotStatus status, Instant at) {
        handle.createUpdate("""
                        insert into outbox (slot_id, slot_status, trust_ods_code, change, created_at, next_attempt_at)
                        values (:slot, :status, :trust, 'SLOT_STATUS', :at, :at)
                        """)
                .bind("slot", slot.value())
                .bind("status", status.name())
                .bind("trust", trust.value())
                .bind("at", Rows.utc(at))
                .execute();
    }

    @Override
    public long recordRelease(SlotId slot, Instant at, String reason) {
        return handle.createUpdate(
                        "insert into slot_release (slot_id, released_at, reason) values (:slot, :at, :reason)")
                .bind("slot", slot.value())
                .bind("at", Rows.utc(at))
                .bind("reason", reason)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    @Override
    public Optional<RoomInDiary> room(String room) {
        return handle.createQuery("""
                        select rm.id, rm.modality, rm.site_ods_code, st.trust_ods_code
                        from room rm join site st on st.ods_code = rm.site_ods_code where rm.id = :id
                        """)
                .bind("id", room)
                .map((rs, ctx) -> new RoomInDiary(
                        rs.getString("id"),
                        Modality.valueOf(rs.getString("modality")),
                        new OdsCode(rs.getString("site_ods_code")),
                        new OdsCode(rs.getString("trust_ods_code"))))
                .findOne();
    }

    @Override
    public Set<String> unknownStaff(Set<String> staff) {
        Set<String> unknown = new HashSet<>(staff);
        unknown.removeAll(handle.createQuery("select id from staff where id = any(:ids)")
                .bind("ids", staff.toArray(String[]::new))
                .mapTo(String.class)
                .list());
        return unknown;
    }

    /**
     * ON CONFLICT DO NOTHING makes the room's no-overlap exclusion constraint answer "no row" instead
     * of aborting the transaction, so an overlap becomes a clear refusal, and the database, not a
     * check here that a concurrent change could slip past, decides it.
     */
    @Override
    public Optional<SessionId> insertSession(SessionPlan plan) {
        Optional<SessionId> session = handle.createQuery("""
                        insert into session (room_id, clinic_date, starts_at, ends_at, session_type, allowed_exams, status)
                        values (:room, :day, :start, :end, :type, :exams, 'RELEASED')
                        on conflict do nothing
                        returning id
                        """)
                .bind("room", plan.roomId())
                .bind("day", plan.clinicDate())
                .bind("start", Rows.utc(plan.startsAt()))
                .bind("end", Rows.utc(plan.endsAt()))
                .bind("type", plan.sessionType())
                .bind(
                        "exams",
                        plan.allowedExams().stream()
                                .map(ExamCode::value)
                                .sorted()
                                .toArray(String[]::new))
                .mapTo(Long.class)
                .findOne()
                .map(SessionId::new);
        session.ifPresent(id -> {
            var staff =
                    handle.prepareBatch("insert into session_staff (session_id, staff_id) values (:session, :staff)");
            plan.staffIds()
                    .forEach(member -> staff.bind("session", id.value())
                            .bind("staff", member)
                            .add());
            if (!plan.staffIds().isEmpty()) {
                staff.execute();
            }
        });
        return session;
    }

    @Override
    public List<SlotId> insertSlots(SessionId session, String room, List<SlotWindow> slots) {
        return slots.stream()
                .map(window -> new SlotId(handle.createUpdate("""
                                insert into slot (session_id, room_id, starts_at, ends_at) values (:session, :room, :start, :end)
                                """)
                        .bind("session", session.value())
                        .bind("room", room)
                        .bind("start", Rows.utc(window.startsAt()))
                        .bind("end", Rows.utc(window.endsAt()))
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one()))
                .toList();
    }

    @Override
    public void audit(AuditRecord record) {
        JdbiAuditLog.write(handle, clock, record);
    }

    private static SlotInDiary slot(ResultSet rs, StatementContext ctx) throws SQLException {
        return new SlotInDiary(
                new SlotId(rs.getLong("id")),
                new SessionId(rs.getLong("session_id")),
                rs.getString("room_id"),
                new OdsCode(rs.getString("site_ods_code")),
                new OdsCode(rs.getString("trust_ods_code")),
                Rows.instant(rs, "starts_at"),
                SlotStatus.valueOf(rs.getString("status")),
                rs.getInt("version"),
                SessionStatus.valueOf(rs.getString("session_status")),
                Optional.ofNullable(rs.getObject("live_appointment", UUID.class))
                        .map(AppointmentId::new),
                Optional.ofNullable(rs.getObject("booked_patient", Long.class)).map(PatientId::new),
                rs.getBoolean("own_block"));
    }
}
