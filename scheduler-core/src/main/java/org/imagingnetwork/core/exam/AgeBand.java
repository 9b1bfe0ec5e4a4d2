package org.imagingnetwork.core.exam;

/** Age bands with different exam durations. */
public enum AgeBand {
    /** Under 5: needs immobilisation or sedation more often. */
    INFANT,
    /** 5 to 17. */
    CHILD,
    ADULT;

    public static AgeBand of(int ageInYears) {
        if (ageInYears < 5) {
            return INFANT;
        }
        return ageInYears < 18 ? CHILD : ADULT;
    }
}
