package org.imagingnetwork.optimizer.explain;

/** Whether breaking a rule makes a plan unusable or only less good. */
public enum RuleKind {
    /** Must hold: a plan that breaks it cannot be published. */
    MUST,
    /** Should hold as far as possible: the solver trades these off, in the order given. */
    SHOULD
}
