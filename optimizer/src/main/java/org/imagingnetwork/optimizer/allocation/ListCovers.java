package org.imagingnetwork.optimizer.allocation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Skill;
import org.imagingnetwork.core.network.Staff;
import org.imagingnetwork.core.network.StaffRole;
import org.imagingnetwork.optimizer.sessiontype.SessionType;
import org.imagingnetwork.optimizer.sessiontype.SessionTypes;

/**
 * What kind of list a published session is. Sessions the optimiser built carry one of its session
 * types; sessions made elsewhere (a trust's RIS, the demo network) are read from their staff, and a
 * session type whose name says paediatric is taken as a children's list.
 */
public final class ListCovers {

    private final SessionTypes types;
    private final Map<String, Staff> staff;

    public ListCovers(SessionTypes types, Map<String, Staff> staffById) {
        this.types = types;
        this.staff = Map.copyOf(staffById);
    }

    public ListCover of(Session session, Room room) {
        Optional<SessionType> type = types.find(session.sessionType());
        boolean paediatric = type.map(SessionType::paediatric)
                .orElseGet(() -> session.sessionType().toLowerCase(Locale.UK).contains("paed"));
        boolean sedation = type.map(SessionType::sedation).orElse(false) || staffed(session, Skill.SEDATION, null);
        boolean anaesthetic = room.capabilities().contains(Capability.GENERAL_ANAESTHETIC_SUPPORT)
                && (type.map(SessionType::generalAnaesthetic).orElse(false)
                        || staffed(session, Skill.GENERAL_ANAESTHESIA, StaffRole.ANAESTHETIST));
        return new ListCover(paediatric, sedation || anaesthetic, anaesthetic);
    }

    private boolean staffed(Session session, Skill skill, StaffRole role) {
        return session.staffIds().stream()
                .map(staff::get)
                .anyMatch(member -> member != null && member.has(skill) && (role == null || member.role() == role));
    }
}
