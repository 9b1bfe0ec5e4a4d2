package org.imagingnetwork.optimizer.run;

/** What a run is doing when it reports a score. */
public enum SolvePhase {
    /** The solvers of the run's parts search for better plans. */
    SOLVING,
    /** An allocation evens out the sites' mean waits over the merged plan, keeping every patient's day. */
    LEVELLING
}
