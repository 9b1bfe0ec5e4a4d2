package org.imagingnetwork.core.jdbc;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imagingnetwork.core.diary.DiaryReader;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.diary.SessionStatus;
import org.imagingnetwork.core.diary.Slot;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.request.RequestId;
import org.jdbi.v3.core.Jdbi;

@Singleton
public final class JdbiDiaryReader implements DiaryReader {

    private final Jdbi jdbi;

    @Inject
    public JdbiDiaryReader(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Session> sessions(LocalDate first, LocalDate last) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select se.id, se.room_id, se.clinic_date, se.starts_at, se.ends_at, se.session_type,
                               se.allowed_exams, se.status,
                               coalesce(array_agg(ss.staff_id order by ss.staff_id) filter (where ss.staff_id is not null),
                                        '{}') as staff_ids
                        from session se
                        left join session_staff ss on ss.session_id = se.id
                        where se.clinic_date between :first and :last
                        group by se.id
                        order by se.starts_at, se.id
                        """)
                .bind("first", first)
                .bind("last", last)
                .map((rs, ctx) -> new Session(
                        new SessionId(rs.getLong("id")),
                        rs.getString("room_id"),
                        Rows.date(rs, "clinic_date"),
                        Rows.instant(rs, "starts_at"),
                        Rows.instant(rs, "ends_at"),
                        rs.getString("session_type"),
                        Rows.set(rs, "allowed_exams", ExamCode::new),
                        Set.copyOf(Rows.set(rs, "staff_ids", id -> id)),
                        SessionStatus.valueOf(rs.getString("status"))))
                .list());
    }

    @Override
    public List<Slot> slots(LocalDate first, LocalDate last) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select s.id, s.session_id, s.room_id, s.starts_at, s.ends_at, s.status
                        from slot s
                        join session se on se.id = s.session_id
                        where se.clinic_date between :first and :last
                        order by s.starts_at, s.id
                        """)
                .bind("first", first)
                .bind("last", last)
                .map((rs, ctx) -> new Slot(
                        new SlotId(rs.getLong("id")),
                        new SessionId(rs.getLong("session_id")),
                        rs.getString("room_id"),
                        Rows.instant(rs, "starts_at"),
                        Rows.instant(rs, "ends_at"),
                        SlotStatus.valueOf(rs.getString("status"))))
                .list());
    }

    @Override
    public Map<SlotId, RequestId> liveBookings(LocalDate first, LocalDate last) {
        return jdbi.withHandle(h -> {
            Map<SlotId, RequestId> bookings = new HashMap<>();
            h.createQuery("""
                            select a.slot_id, a.request_id
                            from appointment a
                            join slot s on s.id = a.slot_id
                            join session se on se.id = s.session_id
                            where se.clinic_date between :first and :last
                              and a.status in ('BOOKED', 'ARRIVED', 'FULFILLED')
                            """)
                    .bind("first", first)
                    .bind("last", last)
                    .map((rs, ctx) ->
                            Map.entry(new SlotId(rs.getLong("slot_id")), new RequestId(rs.getLong("request_id"))))
                    .forEach(entry -> bookings.put(entry.getKey(), entry.getValue()));
            return bookings;
        });
    }
}
