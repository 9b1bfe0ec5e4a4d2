package org.imagingnetwork.optimizer.diary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The posts of each session in post order, looked up by session rather than searched for. */
final class Posts {

    private final Map<RoomSession, List<StaffPost>> bySession;

    private Posts(Map<RoomSession, List<StaffPost>> bySession) {
        this.bySession = bySession;
    }

    static Posts of(DiaryPlan plan) {
        Map<RoomSession, List<StaffPost>> bySession = new HashMap<>();
        for (StaffPost post : plan.posts()) {
            bySession.computeIfAbsent(post.session(), s -> new ArrayList<>()).add(post);
        }
        bySession.values().forEach(posts -> posts.sort(Comparator.comparingInt(StaffPost::position)));
        return new Posts(bySession);
    }

    List<StaffPost> of(RoomSession session) {
        return bySession.getOrDefault(session, List.of());
    }

    /** Who holds each post of the session, in post order (null for an empty post). */
    List<StaffMember> staffOf(RoomSession session) {
        return of(session).stream().map(StaffPost::staff).toList();
    }
}
