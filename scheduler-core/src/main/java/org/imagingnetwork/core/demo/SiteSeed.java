package org.imagingnetwork.core.demo;

import org.imagingnetwork.core.network.SiteKind;

/**
 * A real West Midlands hospital or Community Diagnostic Centre with a plausible site code, postcode and
 * position. {@code size} scales how many rooms it gets against others of its kind; {@code minChildAge}
 * is the youngest age it scans, or -1 when it sees adults only.
 */
record SiteSeed(
        String odsCode,
        String trust,
        String name,
        SiteKind kind,
        String town,
        String postcode,
        double latitude,
        double longitude,
        double size,
        int minChildAge,
        boolean stepFree) {

    boolean seesChildren() {
        return minChildAge >= 0;
    }
}
