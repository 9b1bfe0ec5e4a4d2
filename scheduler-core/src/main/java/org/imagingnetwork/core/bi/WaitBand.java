package org.imagingnetwork.core.bi;

import java.util.OptionalInt;

/**
 * Requests waiting at least {@code fromWeek} and less than {@code toWeek} whole weeks; an empty
 * {@code toWeek} is open-ended (6+, 13+).
 */
public record WaitBand(int fromWeek, OptionalInt toWeek, long requests) {

    public String label() {
        return toWeek.isPresent() ? fromWeek + "–" + toWeek.getAsInt() : fromWeek + "+";
    }
}
