package org.imagingnetwork.core.availability;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Skill;
import org.imagingnetwork.core.network.Staff;

/**
 * A released session as the staffing check needs it: its room's modality and equipment, the skills
 * its exams ask for, everyone assigned to it and which of them are away that day.
 */
public record StaffedSession(
        SessionId id,
        String roomId,
        LocalDate day,
        String sessionType,
        Modality modality,
        Set<Capability> roomCapabilities,
        Set<Skill> examSkills,
        List<Staff> staff,
        Set<String> away) {

    public StaffedSession {
        roomCapabilities = Set.copyOf(roomCapabilities);
        examSkills = Set.copyOf(examSkills);
        staff = List.copyOf(staff);
        away = Set.copyOf(away);
    }
}
