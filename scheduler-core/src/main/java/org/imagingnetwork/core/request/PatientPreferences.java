package org.imagingnetwork.core.request;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.imagingnetwork.core.network.OdsCode;

/**
 * Where and when the patient is willing to go. An empty set of sites means anywhere in the
 * network; a short-notice patient says how much notice they need.
 */
public record PatientPreferences(
        Set<OdsCode> acceptableSites, OptionalInt maxTravelKm, Optional<Duration> shortNotice) {
    public PatientPreferences {
        acceptableSites = Set.copyOf(acceptableSites);
    }

    public static PatientPreferences anywhere() {
        return new PatientPreferences(Set.of(), OptionalInt.empty(), Optional.empty());
    }

    public boolean accepts(OdsCode site) {
        return acceptableSites.isEmpty() || acceptableSites.contains(site);
    }
}
