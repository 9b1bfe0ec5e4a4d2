package org.imagingnetwork.core.choice;

import java.time.Instant;
import java.util.OptionalDouble;
import org.imagingnetwork.core.network.Site;

/** A site the patient can choose, with its earliest fitting time and how far it is. */
public record SiteOption(Site site, Instant earliest, OptionalDouble distanceKm) {}
