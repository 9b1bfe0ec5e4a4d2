package org.imagingnetwork.core.notify;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;
import org.imagingnetwork.core.time.London;

/**
 * The hours, London time, in which no patient is texted (offers of released slots, news of a moved
 * appointment): from {@code from} until {@code until}, across midnight when {@code from} is the later
 * time (21:00 to 08:00). Equal times mean texts go out at any hour.
 */
public record QuietHours(LocalTime from, LocalTime until) {

    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    public boolean at(Instant moment) {
        LocalTime time = London.atLondon(moment).toLocalTime();
        if (from.equals(until)) {
            return false;
        }
        return from.isBefore(until)
                ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
    }
}
