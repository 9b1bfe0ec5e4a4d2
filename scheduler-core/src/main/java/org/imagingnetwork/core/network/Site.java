package org.imagingnetwork.core.network;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A place patients go: an acute hospital, a Community Diagnostic Centre or a community hospital,
 * with what a patient needs to know to choose it.
 */
public record Site(
        OdsCode odsCode,
        OdsCode trust,
        String name,
        SiteKind kind,
        String postcode,
        GeoPoint location,
        boolean stepFreeAccess,
        String publicTransport,
        String parking,
        OptionalInt minChildAge,
        List<OpeningHours> openingHours) {

    public Site {
        openingHours = List.copyOf(openingHours);
    }

    public boolean seesChildren() {
        return minChildAge.isPresent();
    }

    /** Whether a patient of this age (in whole years) can be seen here. */
    public boolean accepts(int ageInYears) {
        return ageInYears >= 18 || (minChildAge.isPresent() && ageInYears >= minChildAge.getAsInt());
    }

    public Optional<OpeningHours> hoursOn(java.time.DayOfWeek day) {
        return openingHours.stream().filter(h -> h.day() == day).findFirst();
    }
}
