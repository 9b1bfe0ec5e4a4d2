package org.imagingnetwork.console.diary;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.imagingnetwork.console.access.Scope;
import org.imagingnetwork.core.diary.SessionTypes;
import org.jdbi.v3.core.Jdbi;

/** The SQL of a session's page, and where a slot or session belongs (for the scope check before a change). */
@Singleton
final class SessionQueries {

    /** The session a slot is in and the trust that runs its site. */
    record SlotPlace(long session, String trust) {}

    private final Jdbi jdbi;

    SessionQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Optional<SessionDetail> session(long id) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select se.id, se.room_id, ro.name as room_name, ro.modality, si.ods_code as site,
                               si.name as site_name, si.trust_ods_code as trust, se.clinic_date, se.starts_at,
                               se.ends_at, se.session_type, se.status,
                               (select b.reason from diary_block b
                                where b.session_id = se.id and b.released_at is null) as block_reason
                        from session se
                        join room ro on ro.id = se.room_id
                        join site si on si.ods_code = ro.site_ods_code
                        where se.id = :id
                        """)
                .bind("id", id)
                .map((rs, ctx) -> {
                    String type = rs.getString("session_type");
                    return new SessionDetail(
                            rs.getLong("id"),
                            rs.getString("room_id"),
                            rs.getString("room_name"),
                            rs.getString("modality"),
                            rs.getString("site"),
                            rs.getString("site_name"),
                            rs.getString("trust"),
                            rs.getObject("clinic_date", LocalDate.class),
                            rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                            rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
                            type,
                            SessionTypes.find(type).map(t -> t.name()).orElse(type),
                            rs.getString("status"),
                            Optional.ofNullable(rs.getString("block_reason")),
                            h.createQuery("""
                                            select st.id, st.name, st.role from session_staff ss
                                            join staff st on st.id = ss.staff_id
                                            where ss.session_id = :id order by st.name
                                            """)
                                    .bind("id", id)
                                    .map((r, c) -> new SessionDetail.Member(
                                            r.getString("id"), r.getString("name"), r.getString("role")))
                                    .list(),
                            h.createQuery("""
                                            select sl.id, sl.starts_at, sl.ends_at, sl.status, a.request_id,
                                                   (select b.reason from diary_block b
                                                    where b.slot_id = sl.id and b.released_at is null) as block_reason
                                            from slot sl
                                            left join appointment a on a.slot_id = sl.id
                                                 and a.status in ('BOOKED', 'ARRIVED', 'FULFILLED')
                                            where sl.session_id = :id
                                            order by sl.starts_at
                                            """)
                                    .bind("id", id)
                                    .map((r, c) -> new SessionDetail.SlotLine(
                                            r.getLong("id"),
                                            r.getObject("starts_at", OffsetDateTime.class)
                                                    .toInstant(),
                                            r.getObject("ends_at", OffsetDateTime.class)
                                                    .toInstant(),
                                            r.getString("status"),
                                            Optional.ofNullable(r.getObject("request_id", Long.class)),
                                            Optional.ofNullable(r.getString("block_reason"))))
                                    .list());
                })
                .findOne());
    }

    /** The session, if it is at a site of one of these trusts: the same answer for another trust's as for none. */
    Optional<SessionDetail> sessionIn(Scope scope, long id) {
        return session(id).filter(s -> scope.covers(s.trust()));
    }

    Optional<SlotPlace> slot(long id) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select sl.session_id, si.trust_ods_code
                        from slot sl
                        join room ro on ro.id = sl.room_id
                        join site si on si.ods_code = ro.site_ods_code
                        where sl.id = :id
                        """)
                .bind("id", id)
                .map((rs, ctx) -> new SlotPlace(rs.getLong("session_id"), rs.getString("trust_ods_code")))
                .findOne());
    }
}
