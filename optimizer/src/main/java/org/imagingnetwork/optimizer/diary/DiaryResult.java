package org.imagingnetwork.optimizer.diary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.imagingnetwork.core.diary.SessionPlan;

/** A built diary as sessions to publish, and such sessions put back onto a freshly built problem to explain or re-score them. */
public final class DiaryResult {
    private DiaryResult() {}

    /**
     * The sessions of the built diary, ready to publish: the room and time, the session type and the
     * exams it runs, and the staff on it. Sessions the solver leaves unrun are not in the diary.
     */
    public static List<SessionPlan> sessions(DiaryPlan plan) {
        return plan.sessions().stream()
                .filter(RoomSession::running)
                .sorted(Comparator.comparing(RoomSession::startsAt)
                        .thenComparing(s -> s.room().id()))
                .map(session -> new SessionPlan(
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

    public static DiaryPlan apply(DiaryPlan plan, List<SessionPlan> planned) {
        Map<String, SessionPlan> byRoomAndStart = new HashMap<>();
        planned.forEach(session -> byRoomAndStart.put(key(session.roomId(), session.startsAt()), session));
        Map<String, StaffMember> staff = new HashMap<>();
        plan.staff().forEach(member -> staff.put(member.id(), member));
        Map<String, org.imagingnetwork.optimizer.sessiontype.SessionType> types = new HashMap<>();
        plan.sessionTypes().forEach(type -> types.put(type.code(), type));
        Map<RoomSession, List<StaffPost>> posts = new HashMap<>();
        plan.posts()
                .forEach(post -> posts.computeIfAbsent(post.session(), s -> new ArrayList<>())
                        .add(post));
        for (RoomSession session : plan.sessions()) {
            SessionPlan result = byRoomAndStart.get(key(session.room().id(), session.startsAt()));
            if (!session.hasBookings()) {
                session.setType(result == null ? null : types.get(result.sessionType()));
            }
            List<StaffPost> sessionPosts = posts.getOrDefault(session, List.of()).stream()
                    .sorted(Comparator.comparingInt(StaffPost::position))
                    .toList();
            List<String> crew = result == null
                    ? List.of()
                    : result.staffIds().stream().sorted().toList();
            for (int i = 0; i < sessionPosts.size(); i++) {
                sessionPosts.get(i).setStaff(i < crew.size() ? staff.get(crew.get(i)) : null);
            }
        }
        return plan;
    }

    private static String key(String room, Instant start) {
        return room + "@" + start;
    }
}
