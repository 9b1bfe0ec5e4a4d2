package org.imagingnetwork.console.diary;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** The loaded demo network's diary as the diary tests need it, read with plain SQL. */
final class DiaryData {

    /** A released session at a trust's site, a day or more ahead, with a patient booked into it. */
    record BookedSession(long session, String site, String room, String day, long bookedSlot, long request) {}

    private final Jdbi jdbi;

    DiaryData(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The {@code skip}-th such session of the trust, in start order: tests take different ones. */
    BookedSession bookedSession(String trust, int skip) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select se.id as session, ro.site_ods_code as site, se.room_id as room, se.clinic_date::text as day,
                               min(sl.id) as slot,
                               (select a.request_id from appointment a where a.slot_id = min(sl.id)
                                  and a.status = 'BOOKED') as request
                        from session se
                        join room ro on ro.id = se.room_id
                        join site si on si.ods_code = ro.site_ods_code and si.trust_ods_code = :trust
                        join slot sl on sl.session_id = se.id and sl.status = 'BOOKED'
                        where se.status = 'RELEASED' and se.starts_at > now() + interval '1 day'
                          and not exists (select 1 from slot b where b.session_id = se.id and b.status = 'BLOCKED')
                        group by se.id, ro.site_ods_code
                        order by se.starts_at, se.id
                        offset :skip limit 1
                        """)
                .bind("trust", trust)
                .bind("skip", skip)
                .map((rs, ctx) -> new BookedSession(
                        rs.getLong("session"),
                        rs.getString("site"),
                        rs.getString("room"),
                        rs.getString("day"),
                        rs.getLong("slot"),
                        rs.getLong("request")))
                .one());
    }

    /** A free slot a day or more ahead in a released session at the trust's sites, the {@code skip}-th. */
    long freeSlot(String trust, int skip) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select sl.id from slot sl
                        join session se on se.id = sl.session_id and se.status = 'RELEASED'
                        join room ro on ro.id = sl.room_id
                        join site si on si.ods_code = ro.site_ods_code and si.trust_ods_code = :trust
                        where sl.status = 'FREE' and sl.starts_at > now() + interval '1 day'
                        order by sl.starts_at desc, sl.id
                        offset :skip limit 1
                        """)
                .bind("trust", trust)
                .bind("skip", skip)
                .mapTo(Long.class)
                .one());
    }

    String slotStatus(long slot) {
        return jdbi.withHandle(h -> h.createQuery("select status from slot where id = :id")
                .bind("id", slot)
                .mapTo(String.class)
                .one());
    }

    String sessionStatus(long session) {
        return jdbi.withHandle(h -> h.createQuery("select status from session where id = :id")
                .bind("id", session)
                .mapTo(String.class)
                .one());
    }

    /** The statuses the RIS outbox was told for this slot, oldest first. */
    List<String> slotOutbox(long slot) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select slot_status from outbox where slot_id = :id and change = 'SLOT_STATUS' order by id")
                .bind("id", slot)
                .mapTo(String.class)
                .list());
    }

    long count(String sql, Map<String, Object> params) {
        return jdbi.withHandle(
                h -> h.createQuery(sql).bindMap(params).mapTo(Long.class).one());
    }

    /** The newest audit row of this action: actor, role, organisation, detail, reason. */
    Map<String, Object> lastAudit(String action) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select actor, actor_role, actor_organisation, detail, reason, patient_id from audit_log"
                                + " where action = :action order by id desc limit 1")
                .bind("action", action)
                .mapToMap()
                .one());
    }

    String trustOfSite(String site) {
        return jdbi.withHandle(h -> h.createQuery("select trust_ods_code from site where ods_code = :s")
                .bind("s", site)
                .mapTo(String.class)
                .one());
    }
}
