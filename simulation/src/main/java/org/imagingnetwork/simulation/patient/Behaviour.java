package org.imagingnetwork.simulation.patient;

/**
 * How patients behave, as rates per booking (sources in docs/outcomes.md): how many cancel (and of
 * those, how many no longer need the exam), how many move to another date, how many do not attend;
 * how many of those offered a released slot at short notice take it; how many of those sent a
 * planner's proposal book it.
 */
public record Behaviour(
        double cancel,
        double withdrawnOfCancelled,
        double move,
        double didNotAttend,
        double acceptReleasedOffer,
        double acceptProposal) {

    public Behaviour {
        if (cancel < 0 || move < 0 || didNotAttend < 0 || cancel + move + didNotAttend > 1) {
            throw new IllegalArgumentException("cancel, move and did-not-attend rates must add up to at most 1");
        }
        if (withdrawnOfCancelled < 0 || withdrawnOfCancelled > 1) {
            throw new IllegalArgumentException("withdrawnOfCancelled must be between 0 and 1");
        }
        if (acceptReleasedOffer < 0 || acceptReleasedOffer > 1 || acceptProposal < 0 || acceptProposal > 1) {
            throw new IllegalArgumentException("acceptance rates must be between 0 and 1");
        }
    }

    /**
     * NHS England outpatients 2019-20: 6.2% did not attend, about 7.5% cancelled by the patient (split
     * evenly here between cancelling and moving to another date, a tenth of cancellations no longer
     * needing the exam); the Fast Pass study's 11% of short-notice offers accepted; 80% of proposals
     * booked (our assumption: a planned appointment offered by letter, not at short notice).
     */
    public static Behaviour published() {
        return new Behaviour(0.0375, 0.1, 0.0375, 0.062, 0.11, 0.8);
    }

    /** What happens to one booking, from one uniform draw in [0, 1). */
    public Fate fate(double draw) {
        if (draw < cancel) {
            return Fate.CANCEL;
        }
        if (draw < cancel + move) {
            return Fate.MOVE;
        }
        if (draw < cancel + move + didNotAttend) {
            return Fate.DID_NOT_ATTEND;
        }
        return Fate.ATTEND;
    }

    public enum Fate {
        CANCEL,
        MOVE,
        DID_NOT_ATTEND,
        ATTEND
    }
}
