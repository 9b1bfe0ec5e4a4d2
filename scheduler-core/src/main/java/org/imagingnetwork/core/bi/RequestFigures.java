package org.imagingnetwork.core.bi;

import java.util.List;

/**
 * Figures about the network's requests, each from one query over the refreshed figures. The scope
 * and the trust and ICS filters apply to the referring trust; the site filter to the site where the
 * request is booked or was seen.
 */
public interface RequestFigures {

    /** Entries into each state per day or week, in period then state order. */
    List<StateFlow> flow(FigureFilter filter);

    /** The waiting list at the end of the period by weeks waited. */
    WaitingCensus waitingList(FigureFilter filter);

    /** At the same census, the share over six weeks for each trust and each modality with anyone waiting. */
    List<BreachShare> breachShares(FigureFilter filter);

    /** The waiting list at the end of each complete week that ends in the period. */
    List<BreachWeek> breachTrend(FigureFilter filter);

    /** Referral to each milestone, one row per milestone in {@link Turnaround.Milestone} order. */
    List<Turnaround> turnaround(FigureFilter filter);

    PatientChoice patientChoice(FigureFilter filter);
}
