package org.imagingnetwork.optimizer.explain;

/**
 * Why a waiting patient breaches six weeks in a plan, found by narrowing the horizon's slots rule by
 * rule: already past, then what can do their exam in time anywhere in the network, then where they
 * chose to go, then how far they will travel, then what is still free. The first that leaves nothing
 * is the reason. All but the last mean no plan of this diary could have seen them in time.
 */
public enum BreachReason {
    ALREADY_PAST("Already past six weeks when the plan began"),
    NO_CAPACITY_IN_TIME("No capacity for this exam in time anywhere in the network"),
    OUTSIDE_SITE_CHOICE("Capacity in time only at sites the patient did not choose"),
    BEYOND_TRAVEL_LIMIT("Capacity in time only beyond the patient's travel limit"),
    TAKEN_BY_OTHERS("Every slot in time that suits them went to other patients"),
    FREE_SLOT_LEFT("A slot in time that suits them is still free");

    private final String heading;

    BreachReason(String heading) {
        this.heading = heading;
    }

    /** The reason as a heading for a manager. */
    public String heading() {
        return heading;
    }

    /** Whether no plan of this diary could have seen the patient by their breach date. */
    public boolean unavoidable() {
        return this != FREE_SLOT_LEFT;
    }
}
