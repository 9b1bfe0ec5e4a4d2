package org.imagingnetwork.core.jdbc;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.imagingnetwork.core.diary.DiaryPublication;
import org.imagingnetwork.core.diary.DiaryPublication.RoomSlots;
import org.imagingnetwork.core.diary.SessionPlan;
import org.imagingnetwork.core.diary.SessionStatus;
import org.imagingnetwork.core.diary.SlotCutter;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.diary.SlotWindow;
import org.imagingnetwork.core.exam.ExamCode;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.generic.GenericType;

/**
 * Writes a planned diary into the diary tables, inside the caller's transaction (an optimisation run
 * records who published it in the same one). For each planned session: the published session at the
 * same room and time gets the planned type, exams and staff, or a new session is added; its slots are
 * cut anew, each as long as the longest exam the session runs, keeping any slot already there with the
 * same times, so publishing the same plan twice writes nothing twice. Published sessions of the rooms
 * and days in scope that the plan no longer runs go back to drafts, with their free slots blocked, and
 * a later plan that runs one releases it and its slots again. A session staff blocked (a broken
 * scanner, a room out of use) is never reopened by a plan.
 *
 * <p>A session with a live appointment keeps its slots as they are and is never blocked: its patients
 * have been told a time, and re-cutting would move or remove the slot their appointment points to. The
 * plan cannot have changed what such a session runs (the optimiser pins it to its published type), so
 * its slots still suit it; only its staff are written.
 */
@Singleton
public final class JdbiDiaryPublisher {

    /**
     * Publishes the plan for the given rooms and clinic days.
     *
     * @param h a handle inside a transaction, which the caller commits
     */
    public DiaryPublication publish(
            Handle h, Set<String> rooms, LocalDate firstDay, LocalDate lastDay, List<SessionPlan> plan, Instant at) {
        List<Existing> existing = h.createQuery("""
                        select id, room_id, starts_at, ends_at, status,
                               exists (select 1 from slot s join appointment a on a.slot_id = s.id
                                       where s.session_id = session.id and a.status in ('BOOKED', 'ARRIVED', 'FULFILLED')) as booked
                        from session
                        where room_id = any(:rooms) and clinic_date between :first and :last
                        order by id
                        for update
                        """)
                .bind("rooms", rooms.toArray(String[]::new))
                .bind("first", firstDay)
                .bind("last", lastDay)
                .map((rs, ctx) -> new Existing(
                        rs.getLong("id"),
                        rs.getString("room_id"),
                        new SlotWindow(Rows.instant(rs, "starts_at"), Rows.instant(rs, "ends_at")),
                        SessionStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("booked")))
                .list();
        Map<String, Existing> byRoomAndTime = new HashMap<>();
        Map<String, List<Existing>> byRoom = new HashMap<>();
        existing.forEach(session -> {
            byRoomAndTime.put(key(session.room(), session.window()), session);
            byRoom.computeIfAbsent(session.room(), room -> new ArrayList<>()).add(session);
        });
        Map<String, Integer> examMinutes = h.createQuery(
                        "select exam_code, max(minutes) as minutes from exam_duration group by exam_code")
                .setMapKeyColumn("exam_code")
                .setMapValueColumn("minutes")
                .collectInto(new GenericType<Map<String, Integer>>() {});
        Set<Long> planned = new HashSet<>();
        Changed changed = new Changed();
        int updated = 0;
        int added = 0;
        int slots = 0;
        int kept = 0;
        int skipped = 0;
        for (SessionPlan session : plan) {
            Existing same = byRoomAndTime.get(key(session.roomId(), session.window()));
            long id;
            if (same != null && same.status() == SessionStatus.BLOCKED) {
                // Staff closed it (a broken scanner, a room out of use); a plan does not reopen it. The
                // optimiser leaves a closed session's time out, so only a plan made before the closure
                // gets here.
                skipped++;
                continue;
            } else if (same != null) {
                id = same.id();
                if (!same.booked()) {
                    // A booked session keeps what it runs as well as its slots: its patients were
                    // booked for exams its published list allows.
                    update(h, id, session);
                }
                if (same.status() == SessionStatus.DRAFT) {
                    // An earlier plan stopped it and blocked its free slots; this one runs it again.
                    changed.freed(h.createUpdate(
                                    "update slot set status = 'FREE', version = version + 1 where session_id = :id and status = 'BLOCKED'")
                            .bind("id", id)
                            .executeAndReturnGeneratedKeys("id")
                            .mapTo(Long.class)
                            .list());
                }
                updated++;
            } else if (byRoom.getOrDefault(session.roomId(), List.of()).stream()
                    .anyMatch(other -> other.window().overlaps(session.window()))) {
                skipped++;
                continue;
            } else {
                id = insert(h, session);
                added++;
            }
            planned.add(id);
            staff(h, id, session.staffIds());
            if (same != null && same.booked()) {
                kept++;
            } else {
                slots += slots(h, id, session, examMinutes, changed);
            }
            if (same != null && !same.booked()) {
                // What the session runs may have changed, so searches for its exams find other slots.
                changed.relisted(slotsOf(h, id).stream().map(SlotRow::id).toList());
            }
        }
        int stopped = 0;
        for (Existing session : existing) {
            if (!planned.contains(session.id()) && !session.booked() && session.status() == SessionStatus.RELEASED) {
                // Back to a draft, not blocked: BLOCKED is staff closing a room, which a later plan
                // must not undo, whereas a session a plan stops may be run by the next one.
                h.createUpdate("update session set status = 'DRAFT', version = version + 1 where id = :id")
                        .bind("id", session.id())
                        .execute();
                changed.blocked(h.createUpdate(
                                "update slot set status = 'BLOCKED', version = version + 1 where session_id = :id and status = 'FREE'")
                        .bind("id", session.id())
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .list());
                stopped++;
            }
        }
        return new DiaryPublication(updated, added, stopped, slots, kept, skipped, changed.write(h, at));
    }

    private static void update(Handle h, long id, SessionPlan session) {
        h.createUpdate("""
                        update session set session_type = :type, allowed_exams = :exams, status = 'RELEASED', version = version + 1
                        where id = :id
                        """)
                .bind("id", id)
                .bind("type", session.sessionType())
                .bind("exams", exams(session))
                .execute();
    }

    private static long insert(Handle h, SessionPlan session) {
        return h.createUpdate("""
                        insert into session (room_id, clinic_date, starts_at, ends_at, session_type, allowed_exams, status)
                        values (:room, :day, :start, :end, :type, :exams, 'RELEASED')
                        """)
                .bind("room", session.roomId())
                .bind("day", session.clinicDate())
                .bind("start", Rows.utc(session.startsAt()))
                .bind("end", Rows.utc(session.endsAt()))
                .bind("type", session.sessionType())
                .bind("exams", exams(session))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    private static void staff(Handle h, long session, Set<String> staffIds) {
        h.createUpdate("delete from session_staff where session_id = :id")
                .bind("id", session)
                .execute();
        var batch = h.prepareBatch("insert into session_staff (session_id, staff_id) values (:session, :staff)");
        staffIds.stream()
                .sorted()
                .forEach(staff ->
                        batch.bind("session", session).bind("staff", staff).add());
        if (!staffIds.isEmpty()) {
            batch.execute();
        }
    }

    /**
     * Cuts the session's slots: a slot already there with the same times stays; any other slot of the
     * session is removed if nothing refers to it, or blocked if an offer, a release or a past appointment
     * does; then the missing slots are added. Returns how many were added.
     */
    private static int slots(
            Handle h, long session, SessionPlan plan, Map<String, Integer> examMinutes, Changed changed) {
        Duration length = Duration.ofMinutes(plan.allowedExams().stream()
                .mapToInt(exam -> examMinutes.getOrDefault(exam.value(), 0))
                .max()
                .orElse(0));
        if (length.isZero()) {
            throw new IllegalArgumentException("no exam of the session of " + plan.roomId() + " has a duration");
        }
        List<SlotWindow> wanted = SlotCutter.cut(plan.window(), length);
        List<Long> unwanted = slotsOf(h, session).stream()
                .filter(slot -> !wanted.contains(slot.window()))
                .map(SlotRow::id)
                .toList();
        if (!unwanted.isEmpty()) {
            Long[] ids = unwanted.toArray(Long[]::new);
            // A slot the trust's RIS has heard of (an outbox row names it) is blocked, not removed, so
            // the RIS is told it is gone.
            h.createUpdate("""
                            delete from slot s where s.id = any(:ids)
                              and not exists (select 1 from appointment a where a.slot_id = s.id)
                              and not exists (select 1 from offer o where o.slot_id = s.id)
                              and not exists (select 1 from slot_release r where r.slot_id = s.id)
                              and not exists (select 1 from outbox o where o.slot_id = s.id)
                            """).bind("ids", ids).execute();
            changed.blocked(h.createUpdate(
                            "update slot set status = 'BLOCKED', version = version + 1 where id = any(:ids) and status = 'FREE'")
                    .bind("ids", ids)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .list());
        }
        // What is left: the wanted slots already there, and slots kept (blocked) because something refers to them.
        List<SlotWindow> left =
                slotsOf(h, session).stream().map(SlotRow::window).toList();
        var batch = h.prepareBatch(
                "insert into slot (session_id, room_id, starts_at, ends_at) values (:session, :room, :start, :end)");
        int added = 0;
        for (SlotWindow slot : wanted) {
            boolean taken = left.stream().anyMatch(other -> other.overlaps(slot));
            if (!taken) {
                batch.bind("session", session)
                        .bind("room", plan.roomId())
                        .bind("start", Rows.utc(slot.startsAt()))
                        .bind("end", Rows.utc(slot.endsAt()))
                        .add();
                added++;
            }
        }
        if (added > 0) {
            changed.freed(batch.executePreparedBatch("id").mapTo(Long.class).list());
        }
        return added;
    }

    private static List<SlotRow> slotsOf(Handle h, long session) {
        return h.createQuery("select id, starts_at, ends_at from slot where session_id = :id")
                .bind("id", session)
                .map((rs, ctx) -> new SlotRow(
                        rs.getLong("id"), new SlotWindow(Rows.instant(rs, "starts_at"), Rows.instant(rs, "ends_at"))))
                .list();
    }

    private static String[] exams(SessionPlan session) {
        return session.allowedExams().stream().map(ExamCode::value).sorted().toArray(String[]::new);
    }

    private static String key(String room, SlotWindow window) {
        return room + "@" + window.startsAt() + "/" + window.endsAt();
    }

    private record SlotRow(long id, SlotWindow window) {}

    private record SlotRoom(SlotId slot, String room, String status) {}

    /** The slots a publication opened, closed or re-listed, for the trust's RIS and the slot-change channel. */
    private static final class Changed {
        private final Set<Long> freed = new HashSet<>();
        private final Set<Long> blocked = new HashSet<>();
        private final Set<Long> relisted = new HashSet<>();

        void freed(List<Long> slots) {
            freed.addAll(slots);
            slots.forEach(blocked::remove);
        }

        void blocked(List<Long> slots) {
            blocked.addAll(slots);
            slots.forEach(freed::remove);
        }

        void relisted(List<Long> slots) {
            relisted.addAll(slots);
        }

        /**
         * A {@code SLOT_STATUS} outbox row for each slot whose status changed, as staff changes to the
         * diary write them; then every changed slot by room, to announce once the transaction commits.
         */
        List<RoomSlots> write(Handle h, Instant at) {
            outbox(h, freed, SlotStatus.FREE, at);
            outbox(h, blocked, SlotStatus.BLOCKED, at);
            Set<Long> all = new HashSet<>(relisted);
            all.addAll(freed);
            all.addAll(blocked);
            if (all.isEmpty()) {
                return List.of();
            }
            Map<String, List<SlotId>> opened = new TreeMap<>();
            Map<String, List<SlotId>> closed = new TreeMap<>();
            h.createQuery("""
                            select id, room_id, status from slot where id = any(:ids) and status in ('FREE', 'BLOCKED')
                            order by id
                            """)
                    .bind("ids", all.toArray(Long[]::new))
                    .map((rs, ctx) ->
                            new SlotRoom(new SlotId(rs.getLong("id")), rs.getString("room_id"), rs.getString("status")))
                    .forEach(slot -> (slot.status().equals(SlotStatus.BLOCKED.name()) ? closed : opened)
                            .computeIfAbsent(slot.room(), room -> new ArrayList<>())
                            .add(slot.slot()));
            Set<String> rooms = new TreeSet<>(opened.keySet());
            rooms.addAll(closed.keySet());
            return rooms.stream()
                    .map(room -> new RoomSlots(
                            room, opened.getOrDefault(room, List.of()), closed.getOrDefault(room, List.of())))
                    .toList();
        }

        private static void outbox(Handle h, Set<Long> slots, SlotStatus status, Instant at) {
            if (slots.isEmpty()) {
                return;
            }
            h.createUpdate("""
                            insert into outbox (slot_id, slot_status, trust_ods_code, change, created_at, next_attempt_at)
                            select sl.id, :status, s.trust_ods_code, 'SLOT_STATUS', :at, :at
                            from slot sl join room r on r.id = sl.room_id join site s on s.ods_code = r.site_ods_code
                            where sl.id = any(:ids) order by sl.id
                            """)
                    .bind("ids", slots.toArray(Long[]::new))
                    .bind("status", status.name())
                    .bind("at", Rows.utc(at))
                    .execute();
        }
    }

    private record Existing(long id, String room, SlotWindow window, SessionStatus status, boolean booked) {}
}
