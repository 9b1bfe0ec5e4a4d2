package org.imagingnetwork.core.choice;

import java.util.Objects;
import org.imagingnetwork.core.network.Site;

/**
 * A site of the network that "choose where" does not offer this patient, and why, in words a
 * booking clerk can read out on the phone.
 */
public record Exclusion(Site site, Reason reason, String words) {

    /**
     * Why a site is left out, in the order the search checks: the patient and the site first, then
     * the rooms, then the diary. A site is given the first check it fails.
     */
    public enum Reason {
        NOT_CHOSEN,
        AGE,
        TRAVEL_LIMIT,
        FURTHER_THAN_FILTER,
        NOT_STEP_FREE,
        NO_ROOM_FOR_MODALITY,
        NO_EQUIPMENT,
        NO_ANAESTHETIC_SUPPORT,
        TABLE_WEIGHT,
        NO_SEDATION_COVER,
        NO_FREE_TIME
    }

    public Exclusion {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(words, "words");
    }
}
