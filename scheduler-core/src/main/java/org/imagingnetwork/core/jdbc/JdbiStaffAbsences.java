package org.imagingnetwork.core.jdbc;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.imagingnetwork.core.audit.AuditActions;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.availability.Absence;
import org.imagingnetwork.core.availability.AbsenceId;
import org.imagingnetwork.core.availability.AbsenceKind;
import org.imagingnetwork.core.availability.AbsenceOutcome;
import org.imagingnetwork.core.availability.NewAbsence;
import org.imagingnetwork.core.availability.StaffAbsences;
import org.imagingnetwork.core.availability.StaffedSession;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Skill;
import org.imagingnetwork.core.network.Staff;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

@Singleton
public final class JdbiStaffAbsences implements StaffAbsences {
    private final Jdbi jdbi;
    private final Clock clock;

    @Inject
    public JdbiStaffAbsences(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public boolean staffExists(String staffId) {
        return jdbi.withHandle(h -> h.createQuery("select exists (select 1 from staff where id = :id)")
                .bind("id", staffId)
                .mapTo(Boolean.class)
                .one());
    }

    @Override
    public Absence record(NewAbsence absence) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("""
                            insert into staff_absence (staff_id, first_day, last_day, kind, note, created_by, created_at)
                            values (:staff, :first, :last, :kind, :note, :by, :at)
                            """)
                    .bind("staff", absence.staffId())
                    .bind("first", absence.firstDay())
                    .bind("last", absence.lastDay())
                    .bind("kind", absence.kind().name())
                    .bind("note", absence.note())
                    .bind("by", absence.recordedBy().auditName())
                    .bind("at", Rows.utc(clock.instant()))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            JdbiAuditLog.write(
                    h,
                    clock,
                    AuditRecord.by(
                            absence.recordedBy(),
                            AuditActions.ABSENCE_RECORDED,
                            Optional.empty(),
                            absence.kind() + " " + id + " for " + absence.staffId() + ", " + absence.firstDay() + " to "
                                    + absence.lastDay(),
                            absence.reason()));
            return find(h, new AbsenceId(id)).orElseThrow();
        });
    }

    @Override
    public AbsenceOutcome withdraw(AbsenceId id, int version, StaffActor by, String reason) {
        return jdbi.inTransaction(h -> {
            Optional<Absence> live = find(h, id);
            if (live.isEmpty()) {
                return new AbsenceOutcome.NotFound(id);
            }
            int updated = h.createUpdate("""
                            update staff_absence set withdrawn_by = :by, withdrawn_at = :at, version = version + 1
                            where id = :id and version = :version and withdrawn_at is null
                            """)
                    .bind("by", by.auditName())
                    .bind("at", Rows.utc(clock.instant()))
                    .bind("id", id.value())
                    .bind("version", version)
                    .execute();
            if (updated == 0) {
                return new AbsenceOutcome.Changed(id);
            }
            Absence absence = live.get();
            JdbiAuditLog.write(
                    h,
                    clock,
                    AuditRecord.by(
                            by,
                            AuditActions.ABSENCE_WITHDRAWN,
                            Optional.empty(),
                            absence.kind() + " " + id + " for " + absence.staffId() + ", " + absence.firstDay() + " to "
                                    + absence.lastDay(),
                            reason));
            return new AbsenceOutcome.Withdrawn(id);
        });
    }

    @Override
    public List<Absence> of(String staffId, LocalDate first, LocalDate last) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select * from staff_absence
                        where staff_id = :staff and withdrawn_at is null and first_day <= :last and last_day >= :first
                        order by first_day, id
                        """)
                .bind("staff", staffId)
                .bind("first", first)
                .bind("last", last)
                .map(JdbiStaffAbsences::absence)
                .list());
    }

    @Override
    public List<Absence> ofTrust(OdsCode trust, LocalDate first, LocalDate last) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select a.* from staff_absence a join staff st on st.id = a.staff_id
                        where st.trust_ods_code = :trust
                          and a.withdrawn_at is null and a.first_day <= :last and a.last_day >= :first
                        order by a.staff_id, a.first_day, a.id
                        """)
                .bind("trust", trust.value())
                .bind("first", first)
                .bind("last", last)
                .map(JdbiStaffAbsences::absence)
                .list());
    }

    @Override
    public Map<String, Set<LocalDate>> daysAway(LocalDate first, LocalDate last) {
        Map<String, Set<LocalDate>> away = new TreeMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        select staff_id, greatest(first_day, :first) as from_day, least(last_day, :last) as to_day
                        from staff_absence
                        where withdrawn_at is null and first_day <= :last and last_day >= :first
                        """)
                .bind("first", first)
                .bind("last", last)
                .map((rs, ctx) ->
                        new Absent(rs.getString("staff_id"), Rows.date(rs, "from_day"), Rows.date(rs, "to_day")))
                .forEach(absent -> absent.from()
                        .datesUntil(absent.to().plusDays(1))
                        .forEach(day -> away.computeIfAbsent(absent.staffId(), s -> new LinkedHashSet<>())
                                .add(day))));
        return away;
    }

    private record Absent(String staffId, LocalDate from, LocalDate to) {}

    @Override
    public List<StaffedSession> releasedSessionsWithStaffAway(Set<OdsCode> sites, LocalDate first, LocalDate last) {
        return jdbi.withHandle(h -> {
            List<SessionRow> rows = h.createQuery("""
                            select s.id, s.room_id, s.clinic_date, s.session_type, r.modality, r.capabilities,
                                   array(select distinct skill from exam e, unnest(e.required_skills) as skill
                                         where e.code = any (s.allowed_exams)) as exam_skills,
                                   array_agg(ss.staff_id order by ss.staff_id) as staff,
                                   array_agg(ss.staff_id order by ss.staff_id) filter (where away.yes) as away
                            from session s
                            join room r on r.id = s.room_id
                            join session_staff ss on ss.session_id = s.id
                            left join lateral (
                                select true as yes from staff_absence a
                                where a.staff_id = ss.staff_id and a.withdrawn_at is null
                                  and s.clinic_date between a.first_day and a.last_day
                                limit 1) away on true
                            where s.status = 'RELEASED' and s.clinic_date between :first and :last
                              and r.site_ods_code = any (:sites)
                            group by s.id, r.id
                            having bool_or(away.yes)
                            order by s.clinic_date, s.starts_at, s.room_id
                            """)
                    .bind("first", first)
                    .bind("last", last)
                    .bind("sites", sites.stream().map(OdsCode::value).toArray(String[]::new))
                    .map(JdbiStaffAbsences::sessionRow)
                    .list();
            Set<String> ids = new HashSet<>();
            rows.forEach(row -> ids.addAll(row.staff()));
            Map<String, Staff> staff = new HashMap<>();
            h.createQuery(JdbiNetworkDirectory.STAFF + "where st.id = any (:ids)")
                    .bind("ids", ids.toArray(String[]::new))
                    .map(NetworkRows::staff)
                    .forEach(member -> staff.put(member.id(), member));
            List<StaffedSession> sessions = new ArrayList<>(rows.size());
            for (SessionRow row : rows) {
                sessions.add(new StaffedSession(
                        row.id(),
                        row.roomId(),
                        row.day(),
                        row.sessionType(),
                        row.modality(),
                        row.roomCapabilities(),
                        row.examSkills(),
                        row.staff().stream().map(staff::get).toList(),
                        Set.copyOf(row.away())));
            }
            return sessions;
        });
    }

    private record SessionRow(
            SessionId id,
            String roomId,
            LocalDate day,
            String sessionType,
            Modality modality,
            Set<Capability> roomCapabilities,
            Set<Skill> examSkills,
            List<String> staff,
            List<String> away) {}

    private static SessionRow sessionRow(ResultSet rs, StatementContext ctx) throws SQLException {
        return new SessionRow(
                new SessionId(rs.getLong("id")),
                rs.getString("room_id"),
                Rows.date(rs, "clinic_date"),
                rs.getString("session_type"),
                Modality.valueOf(rs.getString("modality")),
                Rows.enumSet(rs, "capabilities", Capability.class),
                Rows.enumSet(rs, "exam_skills", Skill.class),
                Rows.strings(rs, "staff"),
                Rows.strings(rs, "away"));
    }

    private static Optional<Absence> find(Handle h, AbsenceId id) {
        return h.createQuery("select * from staff_absence where id = :id and withdrawn_at is null")
                .bind("id", id.value())
                .map(JdbiStaffAbsences::absence)
                .findOne();
    }

    private static Absence absence(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Absence(
                new AbsenceId(rs.getLong("id")),
                rs.getString("staff_id"),
                Rows.date(rs, "first_day"),
                Rows.date(rs, "last_day"),
                AbsenceKind.valueOf(rs.getString("kind")),
                rs.getString("note"),
                rs.getString("created_by"),
                Rows.instant(rs, "created_at"),
                rs.getInt("version"));
    }
}
