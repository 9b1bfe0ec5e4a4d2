package org.imagingnetwork.optimizer.explain;

import java.util.List;

/** One rule a plan breaks or pays for, with how often and the findings behind it (most costly first). */
public record BrokenRule(Rule rule, int matches, String cost, List<Finding> findings) {

    public BrokenRule {
        findings = List.copyOf(findings);
    }
}
