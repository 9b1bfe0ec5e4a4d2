package org.imagingnetwork.core.network;

/** What a member of staff is trained and signed off to do. */
public enum Skill {
    XR,
    US,
    CT,
    MR,
    DEXA,
    MAMMOGRAPHY,
    FLUOROSCOPY,
    PAEDIATRIC,
    CONTRAST_CANNULATION,
    SEDATION,
    GENERAL_ANAESTHESIA,
    CARDIAC_MR;

    /** The competence needed to run a room of this modality. */
    public static Skill competenceFor(Modality modality) {
        return Skill.valueOf(modality.name());
    }
}
