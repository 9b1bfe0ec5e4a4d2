package org.imagingnetwork.core.bi;

import java.time.LocalDate;

/** The waiting list at the end of one complete week (its Sunday), and how much of it was over six weeks. */
public record BreachWeek(LocalDate weekEnding, long waiting, long overSixWeeks) {

    public double share() {
        return waiting == 0 ? 0 : (double) overSixWeeks / waiting;
    }

    public boolean meetsStandard() {
        return share() < WaitingCensus.STANDARD;
    }
}
