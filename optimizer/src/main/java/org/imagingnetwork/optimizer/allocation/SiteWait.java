package org.imagingnetwork.optimizer.allocation;

/** The patients seen at one site in a plan and the days they waited in total. */
public record SiteWait(Venue venue, long totalWaitDays, int patients) {

    public SiteWait {
        if (patients < 1) {
            throw new IllegalArgumentException("a site wait needs at least one patient");
        }
    }

    public double meanWaitDays() {
        return (double) totalWaitDays / patients;
    }
}
