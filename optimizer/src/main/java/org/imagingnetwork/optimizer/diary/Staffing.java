package org.imagingnetwork.optimizer.diary;

import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Site;

/** Staffing rules that do not depend on the session type: minimum numbers and travel between sites. */
public final class Staffing {
    /** Road travel is slower than the crow flies; this factor and the fixed allowance are the network's planning assumption. */
    private static final double MINUTES_PER_KM = 1.5;

    private static final int FIXED_TRAVEL_MINUTES = 15;

    private Staffing() {}

    /** Staff competent in the modality a session needs at least: two where safety or the workflow needs a second pair of hands. */
    public static int minimumFor(Modality modality) {
        return switch (modality) {
            case CT, MR, FLUOROSCOPY -> 2;
            case XR, US, DEXA, MAMMOGRAPHY -> 1;
        };
    }

    /** Minutes to allow between finishing at one site and starting at another. */
    public static long travelMinutes(Site from, Site to) {
        if (from.odsCode().equals(to.odsCode())) {
            return 0;
        }
        return FIXED_TRAVEL_MINUTES + Math.round(from.location().kilometresTo(to.location()) * MINUTES_PER_KM);
    }
}
