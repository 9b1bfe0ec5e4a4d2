package org.imagingnetwork.core.network;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** When a site's doors are open on one day of the week (local London time). */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
    public OpeningHours {
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("closes must be after opens on " + day);
        }
    }
}
