package org.imagingnetwork.console.optimisation;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** The console's reads for a disruption re-plan: the room, what closing it would touch, and the moves a run proposes. */
@Singleton
class DisruptionQueries {

    private final Jdbi jdbi;

    DisruptionQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A room as the form names it. */
    record RoomPlace(String id, String name, String modality, String site, String trust) {
        public String describe() {
            return name + " (" + modality + ") at " + site;
        }
    }

    /**
     * What closing a room from {@code first} to {@code last} would touch, and the free slots its
     * patients could go to: those of the scope's rooms of its modality up to the search's end,
     * the closed room's own once it opens again among them (the re-plan uses those too).
     */
    record ClosureCounts(long booked, long sessions, long free) {}

    /** One patient of the closed room: where they were booked, what the run proposes, what publishing did. */
    record MoveLine(
            long request,
            String nhsNumber,
            String exam,
            Instant wasAt,
            String wasWhere,
            Optional<Instant> newAt,
            Optional<String> newWhere,
            Optional<String> noSlotReason,
            Optional<Instant> movedAt,
            Optional<String> publishNote,
            Optional<Instant> toldAt,
            Optional<String> toldBy,
            Optional<String> notTold) {

        /** Moved, and either told or known not to be told by text or email. */
        public boolean settled() {
            return toldAt.isPresent() || notTold.isPresent();
        }
    }

    Optional<RoomPlace> room(String id) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select r.id, r.name, r.modality, s.name as site, s.trust_ods_code as trust
                        from room r join site s on s.ods_code = r.site_ods_code where r.id = :id
                        """)
                .bind("id", id)
                .map((rs, ctx) -> new RoomPlace(
                        rs.getString("id"),
                        rs.getString("name"),
                        rs.getString("modality"),
                        rs.getString("site"),
                        rs.getString("trust")))
                .findOne());
    }

    ClosureCounts counts(RoomPlace room, LocalDate first, LocalDate last, LocalDate searchTo, List<String> trusts) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select
                          (select count(*) from appointment a join slot sl on sl.id = a.slot_id
                           join session se on se.id = sl.session_id
                           where se.room_id = :room and se.clinic_date between :first and :last
                             and a.status = 'BOOKED') as booked,
                          (select count(*) from session se where se.room_id = :room
                           and se.clinic_date between :first and :last and se.status = 'RELEASED') as sessions,
                          (select count(*) from slot sl join session se on se.id = sl.session_id
                           join room r on r.id = se.room_id join site s on s.ods_code = r.site_ods_code
                           where r.modality = :modality and s.trust_ods_code = any(:trusts)
                             and se.clinic_date between :first and :searchTo
                             and not (r.id = :room and se.clinic_date between :first and :last)
                             and se.status = 'RELEASED' and sl.status = 'FREE') as free
                        """)
                .bind("room", room.id())
                .bind("modality", room.modality())
                .bind("first", first)
                .bind("last", last)
                .bind("searchTo", searchTo)
                .bind("trusts", trusts.toArray(String[]::new))
                .map((rs, ctx) -> new ClosureCounts(rs.getLong("booked"), rs.getLong("sessions"), rs.getLong("free")))
                .one());
    }

    /** The room's sessions open for booking on those days that have not ended: what closing it blocks. */
    List<Long> sessionsToBlock(String room, LocalDate first, LocalDate last, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select id from session where room_id = :room and clinic_date between :first and :last
                          and status = 'RELEASED' and ends_at > :now order by starts_at
                        """)
                .bind("room", room)
                .bind("first", first)
                .bind("last", last)
                .bind("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .mapTo(Long.class)
                .list());
    }

    List<MoveLine> moves(UUID run) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select m.request_id, p.nhs_number, e.name as exam,
                               was.starts_at as was_at, wr.name || ', ' || ws.name as was_where,
                               now_slot.starts_at as new_at, nr.name || ', ' || ns.name as new_where,
                               m.no_slot_reason, m.moved_at, m.publish_note, m.notified_at, m.notify_channel,
                               m.notify_note
                        from optimisation_rehousing m
                        join request q on q.id = m.request_id join patient p on p.id = q.patient_id
                        join exam e on e.code = q.exam_code
                        join slot was on was.id = m.lost_slot_id join room wr on wr.id = was.room_id
                        join site ws on ws.ods_code = wr.site_ods_code
                        left join slot now_slot on now_slot.id = m.new_slot_id
                        left join room nr on nr.id = now_slot.room_id left join site ns on ns.ods_code = nr.site_ods_code
                        where m.run_id = :run order by was.starts_at, m.request_id
                        """)
                .bind("run", run)
                .map((rs, ctx) -> new MoveLine(
                        rs.getLong("request_id"),
                        rs.getString("nhs_number"),
                        rs.getString("exam"),
                        rs.getObject("was_at", OffsetDateTime.class).toInstant(),
                        rs.getString("was_where"),
                        Optional.ofNullable(rs.getObject("new_at", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant),
                        Optional.ofNullable(rs.getString("new_where")),
                        Optional.ofNullable(rs.getString("no_slot_reason")),
                        Optional.ofNullable(rs.getObject("moved_at", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant),
                        Optional.ofNullable(rs.getString("publish_note")),
                        Optional.ofNullable(rs.getObject("notified_at", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant),
                        Optional.ofNullable(rs.getString("notify_channel"))
                                .map(channel -> channel.equals("TEXT") ? "text" : "email"),
                        Optional.ofNullable(rs.getString("notify_note"))))
                .list());
    }

    /** The patients a published re-plan moved, for a row in each one's audit trail. */
    List<Long> movedPatients(UUID run) {
        return jdbi.withHandle(
                h -> h.createQuery("""
                        select q.patient_id from optimisation_rehousing m join request q on q.id = m.request_id
                        where m.run_id = :run and m.moved_at is not null order by q.patient_id
                        """).bind("run", run).mapTo(Long.class).list());
    }
}
