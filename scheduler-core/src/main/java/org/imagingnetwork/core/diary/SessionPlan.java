package org.imagingnetwork.core.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.imagingnetwork.core.exam.ExamCode;

/** A session a plan runs, to be written into the diary: the room and time, what it runs and who staffs it. */
public record SessionPlan(
        String roomId,
        LocalDate clinicDate,
        Instant startsAt,
        Instant endsAt,
        String sessionType,
        Set<ExamCode> allowedExams,
        Set<String> staffIds) {

    public SessionPlan {
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(clinicDate, "clinicDate");
        Objects.requireNonNull(sessionType, "sessionType");
        allowedExams = Set.copyOf(allowedExams);
        staffIds = Set.copyOf(staffIds);
        if (allowedExams.isEmpty()) {
            throw new IllegalArgumentException("session of " + roomId + " at " + startsAt + " runs no exam");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("session of " + roomId + " must end after it starts");
        }
    }

    public SlotWindow window() {
        return new SlotWindow(startsAt, endsAt);
    }
}
