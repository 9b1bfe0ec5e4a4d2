package org.imagingnetwork.optimizer.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingnetwork.core.exam.ExamCode;

/**
 * A session of the built diary, ready to publish: the room and time, the session type and the exams
 * it runs, and the staff on it. Sessions the solver leaves unrun are not in the diary.
 */
public record PlannedSession(
        String roomId,
        LocalDate clinicDate,
        Instant startsAt,
        Instant endsAt,
        String sessionType,
        Set<ExamCode> allowedExams,
        Set<String> staffIds) {

    public PlannedSession {
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(clinicDate, "clinicDate");
        Objects.requireNonNull(sessionType, "sessionType");
        allowedExams = Set.copyOf(allowedExams);
        staffIds = Set.copyOf(staffIds);
    }

    public static List<PlannedSession> from(DiaryPlan plan) {
        return plan.sessions().stream()
                .filter(RoomSession::running)
                .sorted(Comparator.comparing(RoomSession::startsAt)
                        .thenComparing(s -> s.room().id()))
                .map(session -> new PlannedSession(
                        session.room().id(),
                        session.day(),
                        session.startsAt(),
                        session.endsAt(),
                        session.type().code(),
                        session.type().exams(),
                        plan.posts().stream()
                                .filter(post -> post.session() == session && post.staff() != null)
                                .map(post -> post.staff().id())
                                .collect(Collectors.toSet())))
                .toList();
    }
}
