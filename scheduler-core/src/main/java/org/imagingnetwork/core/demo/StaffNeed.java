package org.imagingnetwork.core.demo;

import java.util.Set;
import org.imagingnetwork.core.network.Skill;
import org.imagingnetwork.core.network.Staff;
import org.imagingnetwork.core.network.StaffRole;

/** One place in a session's team: someone of this role with all these skills. */
record StaffNeed(StaffRole role, Set<Skill> skills) {
    StaffNeed {
        skills = Set.copyOf(skills);
    }

    boolean metBy(Staff staff) {
        return staff.role() == role && staff.skills().containsAll(skills);
    }
}
