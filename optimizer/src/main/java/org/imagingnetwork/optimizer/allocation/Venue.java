package org.imagingnetwork.optimizer.allocation;

import java.util.Objects;
import java.util.OptionalInt;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.network.Trust;

/** A site as the allocation sees it: where it is, whose it is, and which children it sees. */
public record Venue(
        OdsCode site, String name, OdsCode trust, String icsCode, GeoPoint location, OptionalInt minChildAge) {

    public Venue {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(icsCode, "icsCode");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(minChildAge, "minChildAge");
    }

    public static Venue of(Site site, Trust trust) {
        return new Venue(
                site.odsCode(), site.name(), trust.odsCode(), trust.icsCode(), site.location(), site.minChildAge());
    }

    /** Whether a patient of this age in whole years may be seen here: adults anywhere, children only from the site's minimum age. */
    public boolean accepts(int ageInYears) {
        return ageInYears >= 18 || (minChildAge.isPresent() && ageInYears >= minChildAge.getAsInt());
    }
}
