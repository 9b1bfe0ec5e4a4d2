package org.imagingnetwork.core.bi;

/**
 * Of the requests waiting at the census, how many had waited six weeks or more, for one trust
 * (its ODS code) or one modality (its name) — {@code key}, as {@code by} says.
 */
public record BreachShare(By by, String key, long waiting, long overSixWeeks) {

    public enum By {
        TRUST,
        MODALITY
    }

    public double share() {
        return waiting == 0 ? 0 : (double) overSixWeeks / waiting;
    }

    public boolean meetsStandard() {
        return share() < WaitingCensus.STANDARD;
    }
}
