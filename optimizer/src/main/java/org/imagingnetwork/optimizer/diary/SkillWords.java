package org.imagingnetwork.optimizer.diary;

import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Skill;

/** A skill as a manager names the staff who hold it: "trained in MRI", "who can sedate". */
public final class SkillWords {
    private SkillWords() {}

    public static String of(Skill skill) {
        return switch (skill) {
            case PAEDIATRIC -> "trained for children";
            case CONTRAST_CANNULATION -> "who can give contrast";
            case SEDATION -> "who can sedate";
            case GENERAL_ANAESTHESIA -> "who can give a general anaesthetic";
            case CARDIAC_MR -> "trained in cardiac MRI";
            default -> "trained in " + Modality.valueOf(skill.name()).displayName();
        };
    }
}
