package org.imagingnetwork.core.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.imagingnetwork.core.exam.ExamCode;

/** A block of one room's time that runs one session type with named staff. */
public record Session(
        SessionId id,
        String roomId,
        LocalDate clinicDate,
        Instant startsAt,
        Instant endsAt,
        String sessionType,
        Set<ExamCode> allowedExams,
        Set<String> staffIds,
        SessionStatus status) {

    public Session {
        allowedExams = Set.copyOf(allowedExams);
        staffIds = Set.copyOf(staffIds);
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("session must end after it starts");
        }
    }

    public boolean allows(ExamCode exam) {
        return allowedExams.contains(exam);
    }
}
