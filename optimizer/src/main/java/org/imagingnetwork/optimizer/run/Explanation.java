package org.imagingnetwork.optimizer.run;

import java.util.List;
import java.util.Optional;
import org.imagingnetwork.optimizer.explain.Breach;
import org.imagingnetwork.optimizer.explain.ScoreReport;

/**
 * Why a run's plan scores as it does: the score rule by rule and, for an allocation, the waiting
 * patients it leaves past six weeks each with why. Both are worked out on the same reading of today's
 * records with the run's result.
 */
public record Explanation(ScoreReport report, Optional<List<Breach>> breaches) {}
