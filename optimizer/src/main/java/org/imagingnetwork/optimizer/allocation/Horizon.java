package org.imagingnetwork.optimizer.allocation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The clinic days a plan covers, first and last inclusive. A request left without a slot is
 * counted as seen on the day after the horizon at the earliest: that is when the next plan can see
 * it, so its breach and wait are judged from there.
 */
public record Horizon(LocalDate firstDay, LocalDate lastDay) {

    public Horizon {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("horizon must end on or after its first day");
        }
    }

    public LocalDate dayAfter() {
        return lastDay.plusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
