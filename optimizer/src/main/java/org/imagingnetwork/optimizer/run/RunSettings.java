package org.imagingnetwork.optimizer.run;

/**
 * How a run solves: for how long at most, whether to split the network by integrated care system as
 * well as by modality and week, and, for a diary, what a change to the published diary costs.
 */
public record RunSettings(int secondsLimit, boolean splitByIcs, long perSessionChange, long perStaffChange) {

    public static final int MAX_SECONDS = 1800;

    public RunSettings {
        if (secondsLimit < 1 || secondsLimit > MAX_SECONDS) {
            throw new IllegalArgumentException("secondsLimit must be 1 to " + MAX_SECONDS);
        }
        if (perSessionChange < 0 || perStaffChange < 0) {
            throw new IllegalArgumentException("change costs cannot be negative");
        }
    }

    public static RunSettings of(int secondsLimit) {
        return new RunSettings(secondsLimit, false, 120, 60);
    }
}
