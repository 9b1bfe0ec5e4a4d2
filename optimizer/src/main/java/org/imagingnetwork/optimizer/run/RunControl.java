package org.imagingnetwork.optimizer.run;

/** What a run being solved can ask of the instance solving it. */
interface RunControl {

    /** A manager asked to stop, or this instance lost its claim: wind down and keep the best so far. */
    boolean shouldStop();

    /** The best score of the whole run so far, for the progress chart. */
    void bestScore(String score, boolean feasible);

    /** The run moves on to another step; the progress says so at once, with the best score so far. */
    void phase(SolvePhase phase);
}
