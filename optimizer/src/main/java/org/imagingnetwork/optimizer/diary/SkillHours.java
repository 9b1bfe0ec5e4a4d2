package org.imagingnetwork.optimizer.diary;

import java.util.Objects;
import org.imagingnetwork.core.network.Skill;

/**
 * Staff time with one skill a locality's demand due needs, against the contracted time of the staff
 * based there who hold it, net of their days away. Someone with two skills counts towards both.
 */
public record SkillHours(Skill skill, long neededMinutes, long availableMinutes, int people) {

    public SkillHours {
        Objects.requireNonNull(skill, "skill");
    }

    public boolean isShort() {
        return availableMinutes < neededMinutes;
    }

    /** Available over needed: below one when the skill is short. */
    double cover() {
        return neededMinutes == 0 ? Double.MAX_VALUE : (double) availableMinutes / neededMinutes;
    }
}
