package org.imagingnetwork.core.bi;

import java.util.OptionalDouble;
import org.imagingnetwork.core.network.OdsCode;

/** Booked slot minutes of the minutes that could be booked, in released sessions of one type at one site. */
public record RoomUtilisation(OdsCode site, String sessionType, long availableMinutes, long bookedMinutes) {

    public OptionalDouble share() {
        return availableMinutes == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of((double) bookedMinutes / availableMinutes);
    }
}
