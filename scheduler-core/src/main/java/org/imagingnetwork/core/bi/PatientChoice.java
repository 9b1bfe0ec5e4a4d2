package org.imagingnetwork.core.bi;

import java.util.OptionalDouble;

/**
 * Appointments made in the period: how many at a site of another trust than the referring one, and
 * the straight-line distance from the centre of the patient's postcode district to the site (median
 * and 90th percentile, over the {@code placed} appointments whose postcode could be placed).
 */
public record PatientChoice(
        long bookings, long atAnotherTrust, long placed, OptionalDouble medianKm, OptionalDouble p90Km) {}
