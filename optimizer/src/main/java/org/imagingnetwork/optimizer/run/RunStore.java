package org.imagingnetwork.optimizer.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.diary.DiaryPublication;
import org.imagingnetwork.core.diary.SessionPlan;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.jdbc.JdbiDiaryPublisher;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.optimizer.allocation.Horizon;
import org.imagingnetwork.optimizer.allocation.PlanFigures;
import org.imagingnetwork.optimizer.disruption.RoomClosure;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Optimisation runs in PostgreSQL. Any instance can claim the oldest queued run (or one whose
 * solving instance stopped renewing its lease) with {@code FOR UPDATE SKIP LOCKED}, so two instances
 * never claim the same run at once; only the instance holding the claim can renew it or write the
 * result.
 */
public final class RunStore {

    private final Jdbi jdbi;

    public RunStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void create(RunId id, RunKind kind, RunScope scope, RunSettings settings, String requestedBy, Instant at) {
        create(id, kind, scope, settings, Optional.empty(), requestedBy, at);
    }

    /** Queues a disruption re-plan with the closure it is about. */
    public void createDisruption(
            RunId id, RunScope scope, RunSettings settings, RoomClosure closure, String requestedBy, Instant at) {
        create(id, RunKind.DISRUPTION, scope, settings, Optional.of(closure), requestedBy, at);
    }

    private void create(
            RunId id,
            RunKind kind,
            RunScope scope,
            RunSettings settings,
            Optional<RoomClosure> closure,
            String requestedBy,
            Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into optimisation_run (id, kind, scope_level, scope_code, modality, horizon_first, horizon_last,
                                                      config, requested_by, requested_at, state,
                                                      closure_room, closure_first, closure_last, closure_reason)
                        values (:id, :kind, :level, :code, :modality, :first, :last,
                                jsonb_build_object('secondsLimit', :seconds, 'splitByIcs', :split,
                                                   'perSessionChange', :perSession, 'perStaffChange', :perStaff),
                                :by, :at, 'QUEUED', :room, :closedFrom, :closedTo, :reason)
                        """)
                .bind("id", id.value())
                .bind("kind", kind.name())
                .bind("level", scope.level().name())
                .bind("code", scope.code().orElse(null))
                .bind("modality", scope.modality().map(Modality::name).orElse(null))
                .bind("first", scope.horizon().firstDay())
                .bind("last", scope.horizon().lastDay())
                .bind("seconds", settings.secondsLimit())
                .bind("split", settings.splitByIcs())
                .bind("perSession", settings.perSessionChange())
                .bind("perStaff", settings.perStaffChange())
                .bind("by", requestedBy)
                .bind("at", utc(at))
                .bind("room", closure.map(RoomClosure::roomId).orElse(null))
                .bind("closedFrom", closure.map(RoomClosure::firstDay).orElse(null))
                .bind("closedTo", closure.map(RoomClosure::lastDay).orElse(null))
                .bind("reason", closure.map(RoomClosure::reason).orElse(null))
                .execute());
    }

    /** The room and days a disruption re-plan is about; empty for other runs. */
    public Optional<RoomClosure> closure(RunId id) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select closure_room, closure_first, closure_last, closure_reason from optimisation_run
                        where id = :id and closure_room is not null
                        """)
                .bind("id", id.value())
                .map((rs, ctx) -> new RoomClosure(
                        rs.getString("closure_room"),
                        rs.getObject("closure_first", LocalDate.class),
                        rs.getObject("closure_last", LocalDate.class),
                        rs.getString("closure_reason")))
                .findOne());
    }

    /** Claims the oldest queued run, or one whose lease has run out, for this instance; empty when there is none. */
    public Optional<Run> claimNext(String instance, Instant now, Instant leaseUntil) {
        return jdbi.inTransaction(h -> h.createQuery("""
                        update optimisation_run
                        set state = 'SOLVING', claimed_by = :instance, claimed_at = :now, lease_until = :lease,
                            solve_starts = solve_starts + 1, version = version + 1
                        where id = (select id from optimisation_run
                                    where state = 'QUEUED' or (state = 'SOLVING' and lease_until < :now)
                                    order by requested_at, id
                                    limit 1
                                    for update skip locked)
                        returning *
                        """)
                .bind("instance", instance)
                .bind("now", utc(now))
                .bind("lease", utc(leaseUntil))
                .map(RunStore::run)
                .findOne());
    }

    /** Extends this instance's claim; false when it no longer holds the run (its lease ran out and another took it). */
    public boolean renewLease(RunId id, String instance, Instant leaseUntil) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        update optimisation_run set lease_until = :lease
                        where id = :id and claimed_by = :instance and state = 'SOLVING'
                        """)
                        .bind("id", id.value())
                        .bind("instance", instance)
                        .bind("lease", utc(leaseUntil))
                        .execute()
                == 1);
    }

    /** Asks whichever instance solves the run to stop; a queued run is stopped at once. */
    public void requestStop(RunId id, Instant now) {
        jdbi.useTransaction(h -> {
            h.createUpdate(
                            "update optimisation_run set stop_requested = true where id = :id and state in ('QUEUED', 'SOLVING')")
                    .bind("id", id.value())
                    .execute();
            h.createUpdate("""
                            update optimisation_run set state = 'STOPPED', finished_at = :now, version = version + 1
                            where id = :id and state = 'QUEUED'
                            """).bind("id", id.value()).bind("now", utc(now)).execute();
        });
    }

    public boolean stopRequested(RunId id) {
        return jdbi.withHandle(h -> h.createQuery("select stop_requested from optimisation_run where id = :id")
                .bind("id", id.value())
                .mapTo(Boolean.class)
                .findOne()
                .orElse(false));
    }

    public void addProgress(RunId id, ScorePoint point) {
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into optimisation_progress (run_id, seq, at, score, feasible, phase)
                        values (:id, :seq, :at, :score, :feasible, :phase)
                        """)
                .bind("id", id.value())
                .bind("seq", point.seq())
                .bind("at", utc(point.at()))
                .bind("score", point.score())
                .bind("feasible", point.feasible())
                .bind("phase", point.phase().name())
                .execute());
    }

    public List<ScorePoint> progress(RunId id) {
        return jdbi.withHandle(h -> h.createQuery("select * from optimisation_progress where run_id = :id order by seq")
                .bind("id", id.value())
                .map((rs, ctx) -> new ScorePoint(
                        rs.getInt("seq"),
                        instant(rs, "at"),
                        rs.getString("score"),
                        rs.getBoolean("feasible"),
                        SolvePhase.valueOf(rs.getString("phase"))))
                .list());
    }

    /** Stores an allocation's result if this instance still holds the run; false when it does not. */
    public boolean finishAllocation(
            RunId id,
            String instance,
            RunState state,
            String score,
            PlanFigures before,
            PlanFigures after,
            Map<RequestId, SlotId> proposals,
            Instant now) {
        return jdbi.inTransaction(h -> {
            if (!finish(h, id, instance, state, score, before, after, now)) {
                return false;
            }
            var batch = h.prepareBatch(
                    "insert into optimisation_proposal (run_id, request_id, slot_id) values (:run, :request, :slot)");
            proposals.forEach((request, slot) -> batch.bind("run", id.value())
                    .bind("request", request.value())
                    .bind("slot", slot.value())
                    .add());
            if (!proposals.isEmpty()) {
                batch.execute();
            }
            return true;
        });
    }

    /** Stores a diary's result if this instance still holds the run; false when it does not. */
    public boolean finishDiary(
            RunId id, String instance, RunState state, String score, List<SessionPlan> sessions, Instant now) {
        return jdbi.inTransaction(h -> {
            if (!finish(h, id, instance, state, score, null, null, now)) {
                return false;
            }
            var batch = h.prepareBatch("""
                    insert into optimisation_session (run_id, seq, room_id, clinic_date, starts_at, ends_at, session_type, allowed_exams, staff_ids)
                    values (:run, :seq, :room, :day, :start, :end, :type, :exams, :staff)
                    """);
            int seq = 0;
            for (SessionPlan session : sessions) {
                batch.bind("run", id.value())
                        .bind("seq", seq++)
                        .bind("room", session.roomId())
                        .bind("day", session.clinicDate())
                        .bind("start", utc(session.startsAt()))
                        .bind("end", utc(session.endsAt()))
                        .bind("type", session.sessionType())
                        .bind(
                                "exams",
                                session.allowedExams().stream()
                                        .map(Object::toString)
                                        .sorted()
                                        .toArray(String[]::new))
                        .bind("staff", session.staffIds().stream().sorted().toArray(String[]::new))
                        .add();
            }
            if (!sessions.isEmpty()) {
                batch.execute();
            }
            return true;
        });
    }

    /** Stores a disruption re-plan's proposed moves if this instance still holds the run; false when it does not. */
    public boolean finishDisruption(
            RunId id, String instance, RunState state, String score, List<ProposedMove> moves, Instant now) {
        return jdbi.inTransaction(h -> {
            if (!finish(h, id, instance, state, score, null, null, now)) {
                return false;
            }
            var batch = h.prepareBatch("""
                    insert into optimisation_rehousing (run_id, request_id, lost_slot_id, new_slot_id, no_slot_reason)
                    values (:run, :request, :lost, :slot, :reason)
                    """);
            for (ProposedMove move : moves) {
                batch.bind("run", id.value())
                        .bind("request", move.request().value())
                        .bind("lost", move.lostSlot().value())
                        .bind("slot", move.newSlot().map(SlotId::value).orElse(null))
                        .bind("reason", move.noSlotReason().orElse(null))
                        .add();
            }
            if (!moves.isEmpty()) {
                batch.execute();
            }
            return true;
        });
    }

    private static boolean finish(
            Handle h,
            RunId id,
            String instance,
            RunState state,
            String score,
            PlanFigures before,
            PlanFigures after,
            Instant now) {
        return h.createUpdate("""
                        update optimisation_run
                        set state = :state, best_score = :score, finished_at = :now, lease_until = null,
                            figures_before = cast(:before as jsonb), figures_after = cast(:after as jsonb), version = version + 1
                        where id = :id and claimed_by = :instance and state = 'SOLVING'
                        """)
                        .bind("id", id.value())
                        .bind("instance", instance)
                        .bind("state", state.name())
                        .bind("score", score)
                        .bind("now", utc(now))
                        .bind("before", before == null ? null : FiguresJson.write(before))
                        .bind("after", after == null ? null : FiguresJson.write(after))
                        .execute()
                == 1;
    }

    public void fail(RunId id, String instance, String failure, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("""
                        update optimisation_run set state = 'FAILED', failure = :failure, finished_at = :now, lease_until = null,
                                                    version = version + 1
                        where id = :id and claimed_by = :instance and state = 'SOLVING'
                        """)
                .bind("id", id.value())
                .bind("instance", instance)
                .bind("failure", failure)
                .bind("now", utc(now))
                .execute());
    }

    /** Marks a solved run published; false when it was not solved, or someone published it first. */
    public boolean markPublished(RunId id, String actor, Instant now) {
        return jdbi.withHandle(h -> markPublished(h, id, actor, now));
    }

    private static boolean markPublished(Handle h, RunId id, String actor, Instant now) {
        return h.createUpdate("""
                                update optimisation_run set state = 'PUBLISHED', published_at = :now, published_by = :actor,
                                                            version = version + 1
                                where id = :id and state in ('SOLVED', 'STOPPED')
                                """)
                        .bind("id", id.value())
                        .bind("actor", actor)
                        .bind("now", utc(now))
                        .execute()
                == 1;
    }

    /**
     * Publishes a diary run: marks it published (who, when) and writes its sessions into the diary in
     * one transaction, so a diary is never half written and a run is never published twice. Empty when
     * the run was not solved or someone published it first.
     */
    public Optional<DiaryPublication> publishDiary(
            RunId id,
            String actor,
            Instant now,
            JdbiDiaryPublisher diary,
            Set<String> rooms,
            Horizon horizon,
            List<SessionPlan> sessions) {
        return jdbi.inTransaction(h -> {
            if (!markPublished(h, id, actor, now)) {
                return Optional.empty();
            }
            return Optional.of(diary.publish(h, rooms, horizon.firstDay(), horizon.lastDay(), sessions, now));
        });
    }

    /** Undoes {@link #markPublished} when sending the offers failed, so the run can be published again. */
    public void unmarkPublished(RunId id) {
        jdbi.useHandle(h -> h.createUpdate("""
                        update optimisation_run set state = case when stop_requested then 'STOPPED' else 'SOLVED' end,
                                                    published_at = null, published_by = null, version = version + 1
                        where id = :id and state = 'PUBLISHED'
                        """).bind("id", id.value()).execute());
    }

    public Optional<Run> find(RunId id) {
        return jdbi.withHandle(h -> h.createQuery("select * from optimisation_run where id = :id")
                .bind("id", id.value())
                .map(RunStore::run)
                .findOne());
    }

    public Map<RequestId, SlotId> proposals(RunId id) {
        Map<RequestId, SlotId> proposals = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery(
                        "select request_id, slot_id from optimisation_proposal where run_id = :id order by request_id")
                .bind("id", id.value())
                .map((rs, ctx) -> Map.entry(new RequestId(rs.getLong("request_id")), new SlotId(rs.getLong("slot_id"))))
                .forEach(entry -> proposals.put(entry.getKey(), entry.getValue())));
        return proposals;
    }

    /** The key figures stored with a run, before and after; empty for a run without them. */
    public Optional<FiguresComparison> figures(RunId id) {
        return jdbi.withHandle(h -> {
            Optional<PlanFigures> before = figures(h, id, "figures_before");
            Optional<PlanFigures> after = figures(h, id, "figures_after");
            return before.isPresent() && after.isPresent()
                    ? Optional.of(new FiguresComparison(before.get(), after.get()))
                    : Optional.empty();
        });
    }

    private static Optional<PlanFigures> figures(Handle h, RunId id, String column) {
        Map<String, Double> sites = new HashMap<>();
        h.createQuery("select key, value::double precision as mean from optimisation_run, jsonb_each_text(" + column
                        + "->'meanWaitBySite') where id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> Map.entry(rs.getString("key"), rs.getDouble("mean")))
                .forEach(entry -> sites.put(entry.getKey(), entry.getValue()));
        return h.createQuery("""
                        select (f->>'hardViolations')::int as hard, (f->>'placed')::int as placed, (f->>'proposals')::int as proposals,
                               (f->>'unplaced')::int as unplaced, (f->>'sixWeekBreaches')::int as breaches,
                               (f->>'urgentLate')::int as urgent_late, (f->>'waitSpreadMaxMinDays')::float8 as spread_range,
                               (f->>'waitSpreadStdDevDays')::float8 as spread_sd, (f->>'utilisation')::float8 as utilisation,
                               (f->>'meanTravelKm')::float8 as travel
                        from (select %s as f from optimisation_run where id = :id) r
                        where f is not null
                        """.formatted(column))
                .bind("id", id.value())
                .map((rs, ctx) -> new PlanFigures(
                        rs.getInt("hard"),
                        rs.getInt("placed"),
                        rs.getInt("proposals"),
                        rs.getInt("unplaced"),
                        rs.getInt("breaches"),
                        rs.getInt("urgent_late"),
                        sites,
                        rs.getDouble("spread_range"),
                        rs.getDouble("spread_sd"),
                        rs.getDouble("utilisation"),
                        rs.getDouble("travel")))
                .findOne();
    }

    /** A disruption re-plan's patients: what it proposes for each and, once published, what came of it. */
    public List<ProposedMove> moves(RunId id) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select * from optimisation_rehousing where run_id = :id order by request_id")
                .bind("id", id.value())
                .map((rs, ctx) -> new ProposedMove(
                        new RequestId(rs.getLong("request_id")),
                        new SlotId(rs.getLong("lost_slot_id")),
                        Optional.ofNullable((Long) rs.getObject("new_slot_id", Long.class))
                                .map(SlotId::new),
                        Optional.ofNullable(rs.getString("no_slot_reason")),
                        Optional.ofNullable(instant(rs, "moved_at")),
                        Optional.ofNullable(rs.getString("publish_note"))))
                .list());
    }

    /** The live appointment a proposed move would move: the request's, still in the slot the closure took. */
    public Optional<AppointmentId> appointmentIn(RequestId request, SlotId slot) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select id from appointment where request_id = :request and slot_id = :slot and status = 'BOOKED'
                        """)
                .bind("request", request.value())
                .bind("slot", slot.value())
                .mapTo(UUID.class)
                .findOne()
                .map(AppointmentId::new));
    }

    /** Records that publishing moved the patient, or why it did not. */
    public void published(RunId id, RequestId request, Optional<Instant> movedAt, Optional<String> note) {
        jdbi.useHandle(h -> h.createUpdate("""
                        update optimisation_rehousing set moved_at = :moved, publish_note = :note
                        where run_id = :id and request_id = :request
                        """)
                .bind("id", id.value())
                .bind("request", request.value())
                .bind("moved", movedAt.map(RunStore::utc).orElse(null))
                .bind("note", note.orElse(null))
                .execute());
    }

    public List<SessionPlan> plannedSessions(RunId id) {
        return jdbi.withHandle(h -> h.createQuery("select * from optimisation_session where run_id = :id order by seq")
                .bind("id", id.value())
                .map((rs, ctx) -> new SessionPlan(
                        rs.getString("room_id"),
                        rs.getObject("clinic_date", LocalDate.class),
                        instant(rs, "starts_at"),
                        instant(rs, "ends_at"),
                        rs.getString("session_type"),
                        strings(rs, "allowed_exams").stream()
                                .map(org.imagingnetwork.core.exam.ExamCode::new)
                                .collect(java.util.stream.Collectors.toSet()),
                        java.util.Set.copyOf(strings(rs, "staff_ids"))))
                .list());
    }

    private static Run run(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        String modality = rs.getString("modality");
        String state = rs.getString("state");
        return new Run(
                new RunId(rs.getObject("id", UUID.class)),
                RunKind.valueOf(rs.getString("kind")),
                new RunScope(
                        ScopeLevel.valueOf(rs.getString("scope_level")),
                        Optional.ofNullable(rs.getString("scope_code")),
                        Optional.ofNullable(modality).map(Modality::valueOf),
                        new Horizon(
                                rs.getObject("horizon_first", LocalDate.class),
                                rs.getObject("horizon_last", LocalDate.class))),
                settings(rs.getString("config")),
                rs.getString("requested_by"),
                instant(rs, "requested_at"),
                RunState.valueOf(state),
                Optional.ofNullable(rs.getString("claimed_by")),
                rs.getInt("solve_starts"),
                Optional.ofNullable(rs.getString("best_score")),
                Optional.ofNullable(rs.getString("failure")),
                Optional.ofNullable(instant(rs, "finished_at")),
                Optional.ofNullable(instant(rs, "published_at")));
    }

    /** Reads the settings JSON this store wrote: flat, numbers and booleans only. */
    private static RunSettings settings(String json) {
        Map<String, String> values = new HashMap<>();
        for (String pair : json.replaceAll("[{}\" ]", "").split(",")) {
            String[] parts = pair.split(":", 2);
            values.put(parts[0], parts[1]);
        }
        return new RunSettings(
                Integer.parseInt(values.get("secondsLimit")),
                Boolean.parseBoolean(values.get("splitByIcs")),
                Long.parseLong(values.get("perSessionChange")),
                Long.parseLong(values.get("perStaffChange")));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        return List.of((String[]) rs.getArray(column).getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
