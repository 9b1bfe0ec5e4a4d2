package org.imagingnetwork.simulation.report;

import java.util.Objects;

/**
 * One policy's week: the waiting list at the census (midnight ending Sunday) and its share over six
 * weeks (DM01); the waits of patients scanned in the week (days from the six-week clock's start),
 * urgent and two-week-wait patients scanned within target; released slots refilled and left unused;
 * room utilisation; travel of bookings made; the spread of median waits between trusts.
 */
public record WeekFigures(
        String policy,
        long seed,
        int week,
        int waiting,
        int overSixWeeks,
        int scanned,
        double medianWait,
        double p90Wait,
        Share urgentInTarget,
        Share twoWeekWaitInTarget,
        int released,
        int refilled,
        int unused,
        int offersMade,
        int offersAccepted,
        double utilisation,
        double medianTravelKm,
        double p90TravelKm,
        double trustWaitSpread) {

    public WeekFigures {
        Objects.requireNonNull(policy, "policy");
    }

    /** Share of the waiting list over six weeks, 0 when nobody waits. */
    public double dm01() {
        return waiting == 0 ? 0 : (double) overSixWeeks / waiting;
    }

    /** Share of released slots never booked again before they started. */
    public double unusedShare() {
        return released == 0 ? 0 : (double) unused / released;
    }

    /** Patients who met a target, of those it applied to. */
    public record Share(int met, int of) {
        public double value() {
            return of == 0 ? Double.NaN : (double) met / of;
        }
    }
}
