package org.imagingnetwork.console.optimisation;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.optimizer.allocation.Horizon;
import org.imagingnetwork.optimizer.disruption.RoomClosure;
import org.imagingnetwork.optimizer.run.RunKind;
import org.imagingnetwork.optimizer.run.RunScope;
import org.jdbi.v3.core.Jdbi;

/** The console's own reads for optimisation pages: what a run would consider, runs in scope, offers sent, changes since. */
@Singleton
class OptimisationQueries {

    private final Jdbi jdbi;

    OptimisationQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    PlanningCounts counts(RunForm form) {
        String[] trusts = form.scope().trusts().toArray(String[]::new);
        String modality = form.modality().map(Modality::name).orElse(null);
        return jdbi.withHandle(h -> h.createQuery("""
                        with rooms as (
                            select r.id from room r join site s on s.ods_code = r.site_ods_code
                            where s.trust_ods_code = any(:trusts) and (cast(:modality as text) is null or r.modality = :modality)
                        ), sessions as (
                            select se.id from session se join rooms on rooms.id = se.room_id
                            where se.clinic_date between :first and :last and se.status <> 'BLOCKED'
                        )
                        select
                          (select count(*) from request q join exam e on e.code = q.exam_code
                           where q.state = 'WAITING' and q.referring_trust = any(:trusts)
                             and (cast(:modality as text) is null or e.modality = :modality)) as waiting,
                          (select count(*) from rooms) as rooms,
                          (select count(*) from sessions) as sessions,
                          (select count(*) from slot sl join session se on se.id = sl.session_id
                           where sl.session_id in (select id from sessions) and sl.status = 'FREE'
                             and se.status = 'RELEASED') as free_slots,
                          (select count(*) from staff st
                           where st.trust_ods_code = any(:trusts)
                             and (cast(:modality as text) is null or :modality = any(st.skills))) as staff
                        """)
                .bind("trusts", trusts)
                .bind("modality", modality)
                .bind("first", form.firstDay())
                .bind("last", form.lastDay())
                .map((rs, ctx) -> new PlanningCounts(
                        rs.getLong("waiting"),
                        rs.getLong("rooms"),
                        rs.getLong("sessions"),
                        rs.getLong("free_slots"),
                        rs.getLong("staff")))
                .one());
    }

    /** When the instance that solves the run started on it; empty while it is queued. */
    Optional<Instant> solvingSince(UUID run) {
        return jdbi.withHandle(h -> h.createQuery("select claimed_at from optimisation_run where id = :id")
                .bind("id", run)
                .mapTo(OffsetDateTime.class)
                .findOne()
                .map(OffsetDateTime::toInstant));
    }

    /** The newest runs, newest first, for the list page; the caller keeps those in the member's scope. */
    List<UUID> newestRuns(int limit) {
        return jdbi.withHandle(
                h -> h.createQuery("select id from optimisation_run order by requested_at desc limit :limit")
                        .bind("limit", limit)
                        .mapTo(UUID.class)
                        .list());
    }

    /** The newest runs of this kind and scope (level, ICS or trust, modality and days), newest first. */
    List<UUID> newestRuns(RunKind kind, RunScope scope, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select id from optimisation_run
                        where kind = :kind and scope_level = :level and scope_code is not distinct from :code
                          and modality is not distinct from :modality and horizon_first = :first and horizon_last = :last
                        order by requested_at desc limit :limit
                        """)
                .bind("kind", kind.name())
                .bind("level", scope.level().name())
                .bind("code", scope.code().orElse(null))
                .bind("modality", scope.modality().map(Modality::name).orElse(null))
                .bind("first", scope.horizon().firstDay())
                .bind("last", scope.horizon().lastDay())
                .bind("limit", limit)
                .mapTo(UUID.class)
                .list());
    }

    /** The offers an allocation run sent, by what became of them (OPEN, ACCEPTED, DECLINED …). */
    Map<String, Long> offersByStatus(UUID run) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        select status, count(*) as n from offer where source = :source group by status order by status
                        """)
                .bind("source", "optimisation run " + run)
                .map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getLong("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    /**
     * How the waiting list of a run's trusts moved between the run being asked for and {@code until}
     * (now): requests that changed state (newly waiting, booked, cancelled …), for the given modality
     * or all. An event dated after now is not a change since the run (a demo network's history runs
     * to its first Monday, and a RIS's clock may run ahead).
     */
    long requestChangesSince(Instant since, Instant until, List<String> trusts, Optional<Modality> modality) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select count(distinct ev.request_id) from request_event ev
                        join request q on q.id = ev.request_id join exam e on e.code = q.exam_code
                        where ev.occurred_at > :since and ev.occurred_at <= :until and q.referring_trust = any(:trusts)
                          and (cast(:modality as text) is null or e.modality = :modality)
                        """)
                .bind("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .bind("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
                .bind("trusts", trusts.toArray(String[]::new))
                .bind("modality", modality.map(Modality::name).orElse(null))
                .mapTo(Long.class)
                .one());
    }

    /**
     * Slots of the trusts' rooms (of the modality) on the horizon's days whose status staff changed
     * between {@code since} and {@code until} — blocked, opened again, or added with a new session —
     * as the SLOT_STATUS rows the diary's changes write for each trust's RIS tell; the slots of
     * {@code except} (a re-plan's own closed room and days) are left out.
     */
    long diaryChangesSince(
            Instant since,
            Instant until,
            List<String> trusts,
            Optional<Modality> modality,
            Horizon horizon,
            Optional<RoomClosure> except) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select count(distinct o.slot_id) from outbox o
                        join slot sl on sl.id = o.slot_id join session se on se.id = sl.session_id
                        join room r on r.id = sl.room_id join site s on s.ods_code = r.site_ods_code
                        where o.slot_id is not null and o.change = 'SLOT_STATUS' and o.created_at > :since and o.created_at <= :until
                          and s.trust_ods_code = any(:trusts)
                          and (cast(:modality as text) is null or r.modality = :modality)
                          and se.clinic_date between :first and :last
                          and (cast(:exceptRoom as text) is null
                               or not (r.id = :exceptRoom and se.clinic_date between :exceptFirst and :exceptLast))
                        """)
                .bind("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .bind("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
                .bind("trusts", trusts.toArray(String[]::new))
                .bind("modality", modality.map(Modality::name).orElse(null))
                .bind("first", horizon.firstDay())
                .bind("last", horizon.lastDay())
                .bind("exceptRoom", except.map(RoomClosure::roomId).orElse(null))
                .bind("exceptFirst", except.map(RoomClosure::firstDay).orElse(null))
                .bind("exceptLast", except.map(RoomClosure::lastDay).orElse(null))
                .mapTo(Long.class)
                .one());
    }

    /**
     * Absences of staff of these trusts who can work in the modality (any, without one) on the run's
     * days, recorded or withdrawn in the window: each changes who can staff the diary.
     */
    long absenceChangesSince(
            Instant since, Instant until, List<String> trusts, Optional<Modality> modality, Horizon horizon) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select count(*) from staff_absence a join staff st on st.id = a.staff_id
                        where st.trust_ods_code = any(:trusts)
                          and (cast(:skill as text) is null or :skill = any(st.skills))
                          and a.first_day <= :last and a.last_day >= :first
                          and ((a.created_at > :since and a.created_at <= :until)
                               or (a.withdrawn_at > :since and a.withdrawn_at <= :until))
                        """)
                .bind("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .bind("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
                .bind("trusts", trusts.toArray(String[]::new))
                .bind("skill", modality.map(Modality::name).orElse(null))
                .bind("first", horizon.firstDay())
                .bind("last", horizon.lastDay())
                .mapTo(Long.class)
                .one());
    }

    /** Open requests of these patients (by NHS number), so an explanation can link to each. */
    Map<String, Long> openRequestsOf(List<String> nhsNumbers) {
        Map<String, Long> requests = new LinkedHashMap<>();
        if (nhsNumbers.isEmpty()) {
            return requests;
        }
        jdbi.useHandle(h -> h.createQuery("""
                        select distinct on (p.nhs_number) p.nhs_number, q.id from request q join patient p on p.id = q.patient_id
                        where p.nhs_number = any(:nhs) and q.state in ('RECEIVED', 'VETTED', 'WAITING', 'APPOINTED')
                        order by p.nhs_number, q.received_at
                        """)
                .bind("nhs", nhsNumbers.toArray(String[]::new))
                .map((rs, ctx) -> Map.entry(rs.getString("nhs_number"), rs.getLong("id")))
                .forEach(e -> requests.put(e.getKey(), e.getValue())));
        return requests;
    }
}
