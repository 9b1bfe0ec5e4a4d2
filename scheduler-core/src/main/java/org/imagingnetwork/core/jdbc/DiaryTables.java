package org.imagingnetwork.core.jdbc;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.diary.Slot;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.exam.ExamCode;
import org.postgresql.copy.CopyManager;

/** COPY for the diary: sessions with their staff, and slots. */
final class DiaryTables {

    private DiaryTables() {}

    /** Sessions (sorted by room and time by the caller) and the staff on them. */
    static void sessions(CopyManager copy, List<Session> part, IdOffsets offsets, Map<String, Long> rows)
            throws SQLException {
        CopyWriter sessions = new CopyWriter(
                copy,
                "session",
                "id, room_id, clinic_date, starts_at, ends_at, session_type, allowed_exams, status, version");
        for (Session session : part) {
            sessions.number(session.id().value() + offsets.sessions())
                    .text(session.roomId())
                    .date(session.clinicDate())
                    .moment(session.startsAt())
                    .moment(session.endsAt())
                    .text(session.sessionType())
                    .array(session.allowedExams().stream()
                            .map(ExamCode::value)
                            .sorted()
                            .toList())
                    .text(session.status().name())
                    .number(0)
                    .endRow();
        }
        rows.merge("session", sessions.finish(), Long::sum);
        CopyWriter staff = new CopyWriter(copy, "session_staff", "session_id, staff_id");
        for (Session session : part) {
            for (String person : session.staffIds().stream().sorted().toList()) {
                staff.number(session.id().value() + offsets.sessions())
                        .text(person)
                        .endRow();
            }
        }
        rows.merge("session_staff", staff.finish(), Long::sum);
    }

    /** Slots in room and time order, which keeps the no-overlap index's pages local as it grows. */
    static long slots(CopyManager copy, List<Slot> slots, IdOffsets offsets) throws SQLException {
        CopyWriter writer =
                new CopyWriter(copy, "slot", "id, session_id, room_id, starts_at, ends_at, status, version");
        for (Slot slot : slots) {
            writer.number(slot.id().value() + offsets.slots())
                    .number(slot.session().value() + offsets.sessions())
                    .text(slot.roomId())
                    .moment(slot.startsAt())
                    .moment(slot.endsAt())
                    .text(slot.status().name())
                    // A booked slot has been changed once since it was cut.
                    .number(slot.status() == SlotStatus.BOOKED ? 1 : 0)
                    .endRow();
        }
        return writer.finish();
    }
}
