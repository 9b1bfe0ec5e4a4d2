package org.imagingnetwork.optimizer.diary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Puts a stored diary result back onto a freshly built diary problem, to explain or re-score it. */
public final class DiaryResult {
    private DiaryResult() {}

    public static DiaryPlan apply(DiaryPlan plan, List<PlannedSession> planned) {
        Map<String, PlannedSession> byRoomAndStart = new HashMap<>();
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
            PlannedSession result = byRoomAndStart.get(key(session.room().id(), session.startsAt()));
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
