package org.imagingnetwork.core.diary;

import java.util.Set;
import org.imagingnetwork.core.network.Skill;
import org.imagingnetwork.core.network.Staff;
import org.imagingnetwork.core.network.StaffRole;

/** One place in a session's team: someone of this role with all these skills. */
public record StaffNeed(StaffRole role, Set<Skill> skills) {
    public StaffNeed {
        skills = Set.copyOf(skills);
    }

    public boolean metBy(Staff staff) {
        return staff.role() == role && staff.skills().containsAll(skills);
    }
}
