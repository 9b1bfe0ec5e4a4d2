package org.imagingnetwork.optimizer.explain;

/**
 * A constraint as a manager reads it: its name in the solver, whether it must hold, and what it
 * means. Constraint providers name their constraints after these and the explainer looks them up.
 */
public interface Rule {
    /** The constraint name in the solver and in the tests. */
    String constraintName();

    RuleKind kind();

    /** What the rule means, in one sentence without solver words. */
    String meaning();
}
