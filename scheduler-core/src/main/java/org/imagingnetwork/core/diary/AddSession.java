package org.imagingnetwork.core.diary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.exam.ExamCode;

/**
 * An ad-hoc session: a room, a London clinic day, the wall-clock times it runs from and to, the list
 * it runs (a {@link SessionTypes} code), the exams it takes and the staff covering it. Its slots are
 * cut at the list's slot length, and it opens for booking at once. Values a form could leave empty
 * may be null here; {@link DiaryChanges} answers each with an error naming the field.
 */
public record AddSession(
        String room,
        LocalDate clinicDay,
        LocalTime from,
        LocalTime to,
        String sessionType,
        Set<ExamCode> allowedExams,
        Set<String> staff,
        String reason,
        StaffActor by) {

    public AddSession {
        Objects.requireNonNull(by, "by");
        allowedExams = allowedExams == null ? Set.of() : Set.copyOf(allowedExams);
        staff = staff == null ? Set.of() : Set.copyOf(staff);
    }
}
