package org.imagingnetwork.core.network;

import java.util.OptionalInt;
import java.util.Set;

/** A scanner or X-ray room at a site, with its equipment. */
public record Room(
        String id,
        OdsCode site,
        String name,
        Modality modality,
        Set<Capability> capabilities,
        OptionalInt maxPatientWeightKg) {

    public Room {
        capabilities = Set.copyOf(capabilities);
    }

    public boolean has(Set<Capability> required) {
        return capabilities.containsAll(required);
    }

    /** Whether the table takes a patient of this weight; rooms with no stated limit take the standard 150 kg. */
    public boolean takesWeight(int weightKg) {
        return weightKg <= maxPatientWeightKg.orElse(150);
    }
}
