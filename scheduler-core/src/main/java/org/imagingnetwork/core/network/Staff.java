package org.imagingnetwork.core.network;

import java.util.Set;

/** A member of staff who can cover sessions at their home sites. */
public record Staff(
        String id,
        String name,
        StaffRole role,
        Set<Skill> skills,
        OdsCode trust,
        Set<OdsCode> homeSites,
        int contractedHoursPerWeek) {

    public Staff {
        skills = Set.copyOf(skills);
        homeSites = Set.copyOf(homeSites);
    }

    public boolean has(Skill skill) {
        return skills.contains(skill);
    }
}
