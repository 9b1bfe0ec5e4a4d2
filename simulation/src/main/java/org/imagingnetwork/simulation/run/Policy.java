package org.imagingnetwork.simulation.run;

/** How a network books its patients: the four compared on the same demand. */
public enum Policy {
    /** Each trust books its own waiting list into its own rooms, first come first served. */
    LOCAL(false, false, false),
    /** Patients choose any site in the network; released slots go back to the pool unoffered. */
    NETWORK_CHOICE(true, false, false),
    /** As network choice, and released slots are offered to patients who can come at short notice. */
    NETWORK_OFFERS(true, true, false),
    /** As with offers, and a weekly allocation run proposes slots and the disruption re-plan re-houses patients. */
    NETWORK_OPTIMISED(true, true, true);

    private final boolean networkChoice;
    private final boolean offersReleases;
    private final boolean optimises;

    Policy(boolean networkChoice, boolean offersReleases, boolean optimises) {
        this.networkChoice = networkChoice;
        this.offersReleases = offersReleases;
        this.optimises = optimises;
    }

    public boolean networkChoice() {
        return networkChoice;
    }

    public boolean offersReleases() {
        return offersReleases;
    }

    public boolean optimises() {
        return optimises;
    }

    /** The policy's number in the issue and the report (1 to 4). */
    public int number() {
        return ordinal() + 1;
    }
}
