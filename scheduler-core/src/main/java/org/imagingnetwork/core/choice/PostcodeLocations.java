package org.imagingnetwork.core.choice;

import java.util.Optional;
import org.imagingnetwork.core.network.GeoPoint;

/** Roughly where a postcode is: its district's centre, or failing that its area's. */
public interface PostcodeLocations {

    Optional<GeoPoint> locate(String postcode);
}
