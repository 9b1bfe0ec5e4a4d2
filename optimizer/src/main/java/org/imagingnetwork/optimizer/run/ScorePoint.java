package org.imagingnetwork.optimizer.run;

import java.time.Instant;

/**
 * The best score of a run at one moment, for the progress chart: the full score, whether it is
 * feasible, and what the run was doing.
 */
public record ScorePoint(int seq, Instant at, String score, boolean feasible, SolvePhase phase) {}
