package org.imagingnetwork.core.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.time.London;
import org.jdbi.v3.core.Jdbi;

/** Staff and sessions of the test network made afresh for each test, so tests sharing the database never meet. */
final class StaffFixture {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Jdbi jdbi;

    StaffFixture(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A week of its own, far from every other test's days: its Monday. */
    static LocalDate freshWeek() {
        return LocalDate.of(2032, 1, 5).plusWeeks(SEQUENCE.incrementAndGet());
    }

    /** A new member of the North trust working at the given site. */
    String staff(String role, String site, String... skills) {
        String id = "ZT1-A" + SEQUENCE.incrementAndGet();
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                            insert into staff (id, name, role, skills, trust_ods_code, contracted_hours_per_week)
                            values (:id, 'Test ' || :id, :role, :skills, 'ZT1', 37)
                            """)
                    .bind("id", id)
                    .bind("role", role)
                    .bind("skills", skills)
                    .execute();
            h.createUpdate("insert into staff_home_site (staff_id, site_ods_code) values (:id, :site)")
                    .bind("id", id)
                    .bind("site", site)
                    .execute();
        });
        return id;
    }

    /** A session in the room on the day from {@code from} for four hours, with these staff on it. */
    SessionId session(
            String room, LocalDate day, LocalTime from, String type, String status, String[] exams, String... staff) {
        Instant start = London.moment(day, from);
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("""
                            insert into session (room_id, clinic_date, starts_at, ends_at, session_type, allowed_exams, status)
                            values (:room, :day, :start, :end, :type, :exams, :status)
                            """)
                    .bind("room", room)
                    .bind("day", day)
                    .bind("start", OffsetDateTime.ofInstant(start, ZoneOffset.UTC))
                    .bind("end", OffsetDateTime.ofInstant(start.plusSeconds(4 * 3600), ZoneOffset.UTC))
                    .bind("type", type)
                    .bind("exams", exams)
                    .bind("status", status)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            for (String member : staff) {
                h.createUpdate("insert into session_staff (session_id, staff_id) values (:session, :staff)")
                        .bind("session", id)
                        .bind("staff", member)
                        .execute();
            }
            return new SessionId(id);
        });
    }
}
