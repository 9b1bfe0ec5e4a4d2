package org.imagingnetwork.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The network's clock face. Moments are {@link Instant}s everywhere; clinic days and anything a
 * patient reads are in Europe/London. Local times that fall in the spring-forward gap or repeat in
 * the autumn fall-back hour are resolved here, once, so that no slot is lost or doubled.
 */
public final class London {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private London() {}

    public static LocalDate clinicDay(Instant moment) {
        return moment.atZone(ZONE).toLocalDate();
    }

    public static ZonedDateTime atLondon(Instant moment) {
        return moment.atZone(ZONE);
    }

    /**
     * The moment a wall-clock time on a clinic day names. In the spring gap (01:00–02:00 on the last
     * Sunday of March) the time does not exist and the next valid moment is used; in the autumn
     * overlap the earlier of the two moments is used. Diary generation relies on this to cut slots
     * from instants rather than wall-clock times, so a session spanning a change has the real
     * number of minutes.
     */
    public static Instant moment(LocalDate day, LocalTime time) {
        return ZonedDateTime.ofLocal(day.atTime(time), ZONE, null).toInstant();
    }
}
