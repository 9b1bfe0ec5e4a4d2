package org.imagingnetwork.core.availability;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.imagingnetwork.core.diary.SessionTeam;
import org.imagingnetwork.core.diary.SessionType;
import org.imagingnetwork.core.diary.SessionTypes;
import org.imagingnetwork.core.diary.StaffNeed;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Staff;

/**
 * Finds the released sessions that lose their minimum staffing to absences: someone assigned is
 * away that day and the people left fill fewer of the session's places than the whole team did. A
 * session of a type the catalogue does not know (a list the optimiser made) is held to its
 * modality's general list.
 */
@Singleton
public final class StaffingCheck {
    private final StaffAbsences absences;

    @Inject
    public StaffingCheck(StaffAbsences absences) {
        this.absences = absences;
    }

    /** Such sessions at these sites on the days {@code first} to {@code last} inclusive, in day and room order. */
    public List<UnderstaffedSession> sessionsLosingStaffing(Set<OdsCode> sites, LocalDate first, LocalDate last) {
        List<UnderstaffedSession> understaffed = new ArrayList<>();
        for (StaffedSession session : absences.releasedSessionsWithStaffAway(sites, first, last)) {
            SessionType type =
                    SessionTypes.find(session.sessionType()).orElse(SessionTypes.general(session.modality()));
            List<StaffNeed> team = SessionTeam.of(type, session.examSkills(), session.roomCapabilities());
            List<Staff> present = session.staff().stream()
                    .filter(member -> !session.away().contains(member.id()))
                    .toList();
            List<StaffNeed> unmet = TeamCover.unmet(team, present);
            if (unmet.size() > TeamCover.unmet(team, session.staff()).size()) {
                List<Staff> away = session.staff().stream()
                        .filter(member -> session.away().contains(member.id()))
                        .toList();
                understaffed.add(new UnderstaffedSession(
                        session.id(), session.roomId(), session.day(), session.sessionType(), unmet, away));
            }
        }
        return understaffed;
    }
}
