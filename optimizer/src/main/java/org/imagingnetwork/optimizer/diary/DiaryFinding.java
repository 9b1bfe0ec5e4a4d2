package org.imagingnetwork.optimizer.diary;

import java.util.List;
import java.util.Locale;
import org.imagingnetwork.optimizer.explain.Finding;

/** One constraint match of the diary, said in words, with the sessions and staff it is about. */
public record DiaryFinding(String inWords, List<String> sessions, List<String> staff)
        implements Finding, Comparable<DiaryFinding> {

    public DiaryFinding {
        sessions = List.copyOf(sessions);
        staff = List.copyOf(staff);
    }

    static DiaryFinding session(RoomSession session, String problem) {
        String where = session.describe();
        String what = session.type() == null ? "not run" : session.type().name();
        return new DiaryFinding(where + " (" + what + "): " + problem, List.of(where), List.of());
    }

    static DiaryFinding staff(StaffMember member, RoomSession session, String problem) {
        String where = session.describe();
        return new DiaryFinding(
                member.name() + " on " + where + ": " + problem, List.of(where), List.of(member.name()));
    }

    static DiaryFinding staffOnTwo(StaffMember member, RoomSession first, RoomSession second, String problem) {
        return new DiaryFinding(
                member.name() + " on " + first.describe() + " and " + second.describe() + ": " + problem,
                List.of(first.describe(), second.describe()),
                List.of(member.name()));
    }

    static DiaryFinding demand(Demand demand, long capacity, String problem) {
        return new DiaryFinding(
                String.format(
                        Locale.UK,
                        "%s in %s: %d minutes of capacity for %d minutes of forecast demand, %d of backlog due in the"
                                + " horizon and %d more of backlog; %s",
                        demand.family(),
                        demand.locality(),
                        capacity,
                        demand.minutes(),
                        demand.dueMinutes(),
                        demand.backlogMinutes() - demand.dueMinutes(),
                        problem),
                List.of(),
                List.of());
    }

    static DiaryFinding workload(StaffMember member, long minutes) {
        return new DiaryFinding(
                String.format(
                        Locale.UK,
                        "%s is rostered for %d of %d contracted minutes",
                        member.name(),
                        minutes,
                        member.contractedMinutesPerWeek()),
                List.of(),
                List.of(member.name()));
    }

    @Override
    public int compareTo(DiaryFinding other) {
        return inWords.compareTo(other.inWords);
    }
}
