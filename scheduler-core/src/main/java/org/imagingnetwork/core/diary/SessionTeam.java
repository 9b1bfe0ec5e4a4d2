package org.imagingnetwork.core.diary;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Skill;
import org.imagingnetwork.core.network.StaffRole;

/**
 * The team a session of a type needs in a room: a lead of the type's role holding the modality's
 * competence and every skill the session's exams ask for (and paediatric skills on a children's
 * list), the type's other places, and for children's MRI a sedation nurse, with an anaesthetist
 * where the room can support a general anaesthetic.
 */
public final class SessionTeam {
    private SessionTeam() {}

    public static List<StaffNeed> of(SessionType type, Set<Skill> examSkills, Set<Capability> roomCapabilities) {
        Set<Skill> leadSkills = EnumSet.of(Skill.competenceFor(type.modality()));
        leadSkills.addAll(examSkills);
        if (type.paediatric()) {
            leadSkills.add(Skill.PAEDIATRIC);
        }
        List<StaffNeed> team = new ArrayList<>();
        team.add(new StaffNeed(type.leadRole(), leadSkills));
        team.addAll(type.others());
        if (type.paediatric() && type.modality() == Modality.MR) {
            // Young children are scanned asleep.
            team.add(new StaffNeed(StaffRole.NURSE, Set.of(Skill.SEDATION)));
            if (roomCapabilities.contains(Capability.GENERAL_ANAESTHETIC_SUPPORT)) {
                team.add(new StaffNeed(StaffRole.ANAESTHETIST, Set.of(Skill.GENERAL_ANAESTHESIA)));
            }
        }
        return List.copyOf(team);
    }
}
