package org.imagingnetwork.optimizer.diary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.network.OdsCode;

/**
 * Who works when in a diary, kept beside the planning entities so that a crew can be chosen from
 * the people free for a session without scoring each try: the sessions each member of staff holds a
 * post on, and the staff of each site. It applies the same hard rules as the constraints (home site,
 * leave, one place at a time, contracted hours, travel between sites), so a crew it offers breaks
 * none of them.
 */
final class Rota {

    private final Map<StaffMember, List<RoomSession>> sessionsOf = new HashMap<>();
    private final Map<OdsCode, List<StaffMember>> staffAt = new HashMap<>();

    private Rota() {}

    /** The rota of a diary as it stands: every post with someone on it counts, as the constraints count it. */
    static Rota of(DiaryPlan plan) {
        Rota rota = new Rota();
        for (StaffMember member : plan.staff()) {
            member.homeSites()
                    .forEach(site -> rota.staffAt
                            .computeIfAbsent(site, s -> new ArrayList<>())
                            .add(member));
        }
        for (StaffPost post : plan.posts()) {
            if (post.staff() != null) {
                rota.add(post.staff(), post.session());
            }
        }
        return rota;
    }

    List<StaffMember> staffAt(OdsCode site) {
        return staffAt.getOrDefault(site, List.of());
    }

    void add(StaffMember member, RoomSession session) {
        sessionsOf.computeIfAbsent(member, m -> new ArrayList<>()).add(session);
    }

    void remove(StaffMember member, RoomSession session) {
        List<RoomSession> held = sessionsOf.get(member);
        if (held != null) {
            held.remove(session);
        }
    }

    /** Minutes the member holds in the session's week, not counting that session. */
    long minutesInWeekBesides(StaffMember member, RoomSession session) {
        long minutes = 0;
        for (RoomSession held : sessionsOf.getOrDefault(member, List.of())) {
            if (held != session && held.week().equals(session.week())) {
                minutes += held.minutes();
            }
        }
        return minutes;
    }

    /**
     * Whether the member could hold a post on the session given every other post they hold: they
     * work at its site, are not on leave, hold nothing at the same time, have time to travel from and
     * to their other sites that day, and stay within their contracted minutes that week.
     */
    boolean canTake(StaffMember member, RoomSession session) {
        if (!member.homeSites().contains(session.site().odsCode()) || member.onLeave(session.day())) {
            return false;
        }
        for (RoomSession held : sessionsOf.getOrDefault(member, List.of())) {
            if (held != session && held.day().equals(session.day()) && !apartEnough(held, session)) {
                return false;
            }
        }
        return minutesInWeekBesides(member, session) + session.minutes() <= member.contractedMinutesPerWeek();
    }

    private static boolean apartEnough(RoomSession a, RoomSession b) {
        RoomSession earlier = a.startsAt().isBefore(b.startsAt()) ? a : b;
        RoomSession later = earlier == a ? b : a;
        long gap = Duration.between(earlier.endsAt(), later.startsAt()).toMinutes();
        return gap >= 0 && gap >= Staffing.travelMinutes(a.site(), b.site());
    }
}
