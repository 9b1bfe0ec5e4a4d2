package org.imagingnetwork.optimizer.explain;

import ai.timefold.solver.core.api.score.Score;
import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns Timefold's score analysis into a {@link ScoreReport}: every constraint with an impact
 * becomes a rule in the manager's words, with its matches' findings, costliest first. Rules are
 * listed in the order the model declares them, so the must-rules come first.
 */
public final class ScoreExplainer {

    private final Map<String, Rule> rules = new LinkedHashMap<>();

    public ScoreExplainer(List<? extends Rule> rules) {
        rules.forEach(rule -> this.rules.put(rule.constraintName(), rule));
    }

    public <S extends Score<S>> ScoreReport explain(ScoreAnalysis<S> analysis) {
        List<BrokenRule> broken = new ArrayList<>();
        for (Rule rule : rules.values()) {
            ConstraintAnalysis<S> constraint = analysis.getConstraintAnalysis(rule.constraintName());
            if (constraint == null || constraint.score().isZero()) {
                continue;
            }
            List<Finding> findings = new ArrayList<>();
            if (constraint.matches() != null) {
                constraint.matches().stream()
                        .sorted(Comparator.comparing((MatchAnalysis<S> match) -> match.score()))
                        .map(MatchAnalysis::justification)
                        .filter(Finding.class::isInstance)
                        .map(Finding.class::cast)
                        .forEach(findings::add);
            }
            broken.add(new BrokenRule(
                    rule, constraint.matchCount(), constraint.score().toShortString(), findings));
        }
        return new ScoreReport(
                analysis.score().toShortString(), analysis.score().isFeasible(), broken);
    }
}
