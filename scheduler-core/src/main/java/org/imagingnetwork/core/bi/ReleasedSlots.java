package org.imagingnetwork.core.bi;

import java.util.OptionalDouble;

/**
 * Slots released in the period (cancelled or moved away from before they started): how many were
 * booked again and how soon (median hours from release to the next booking), how many started
 * still free; and the offers made in the period and how many were accepted.
 */
public record ReleasedSlots(
        long released,
        long refilled,
        OptionalDouble medianHoursToRefill,
        long unused,
        long offersSent,
        long offersAccepted) {}
