package org.imagingnetwork.core.bi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The DM01 view of the waiting list at the end of the period's last day (or when the figures were
 * refreshed, if that is earlier): requests not yet scanned, by whole weeks waited. The bands run
 * 0–1 to 5–6 and 6+, which together hold every request once; 13+ repeats the longest waits.
 */
public record WaitingCensus(LocalDate day, Instant moment, List<WaitBand> bands) {

    /** The national standard: fewer than 1% of patients waiting six weeks or more. */
    public static final double STANDARD = 0.01;

    public WaitingCensus {
        bands = List.copyOf(bands);
    }

    public long waiting() {
        return bands.stream()
                .filter(b -> b.fromWeek() < 13)
                .mapToLong(WaitBand::requests)
                .sum();
    }

    public long overSixWeeks() {
        return bands.stream()
                .filter(b -> b.fromWeek() == 6)
                .mapToLong(WaitBand::requests)
                .sum();
    }

    public double shareOverSixWeeks() {
        return waiting() == 0 ? 0 : (double) overSixWeeks() / waiting();
    }

    public boolean meetsStandard() {
        return shareOverSixWeeks() < STANDARD;
    }
}
