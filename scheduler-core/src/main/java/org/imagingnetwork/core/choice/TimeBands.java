package org.imagingnetwork.core.choice;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The times of day and week a patient says they can come. None chosen means any time; several
 * mean any of them ("mornings or weekends").
 */
public record TimeBands(Set<Band> bands) {

    public enum Band {
        /** Starts before 12 noon. */
        MORNING,
        /** Starts from 12 noon to before 5pm. */
        AFTERNOON,
        /** Starts from 5pm. */
        EVENING,
        /** Saturday or Sunday. */
        WEEKEND
    }

    public TimeBands {
        bands = bands.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(bands));
    }

    public static TimeBands any() {
        return new TimeBands(Set.of());
    }

    /** Parses the filter checkboxes, ignoring anything that is not a band. */
    public static TimeBands parse(Collection<String> values) {
        EnumSet<Band> parsed = EnumSet.noneOf(Band.class);
        for (String value : values) {
            for (Band band : Band.values()) {
                if (band.name().equalsIgnoreCase(value)) {
                    parsed.add(band);
                }
            }
        }
        return new TimeBands(parsed);
    }

    public boolean anyTime() {
        return bands.isEmpty();
    }

    public boolean has(Band band) {
        return bands.contains(band);
    }
}
