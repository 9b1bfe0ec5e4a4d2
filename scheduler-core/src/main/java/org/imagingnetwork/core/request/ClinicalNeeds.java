package org.imagingnetwork.core.request;

import java.util.OptionalInt;

/** What the referrer told us about the patient that limits where and how they can be scanned. */
public record ClinicalNeeds(
        boolean needsSedation,
        boolean needsGeneralAnaesthetic,
        OptionalInt weightKg,
        boolean claustrophobic,
        boolean needsContrast) {

    public static ClinicalNeeds none() {
        return new ClinicalNeeds(false, false, OptionalInt.empty(), false, false);
    }
}
