package org.imagingnetwork.optimizer.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plan's score explained for a service manager: the rules it must keep but breaks, then the
 * goals it pays for, each with the patients, sessions and staff concerned.
 */
public record ScoreReport(String score, boolean feasible, List<BrokenRule> rules) {

    public ScoreReport {
        rules = List.copyOf(rules);
    }

    public List<BrokenRule> mustRulesBroken() {
        return rules.stream()
                .filter(rule -> rule.rule().kind() == RuleKind.MUST)
                .toList();
    }

    /** The report as plain text, showing at most {@code perRule} findings for each rule. */
    public String text(int perRule) {
        List<String> lines = new ArrayList<>();
        lines.add(
                feasible
                        ? "Every rule that must hold is kept: this plan can be published."
                        : "This plan breaks rules that must hold and cannot be published as it is.");
        for (BrokenRule broken : rules) {
            String heading = String.format(
                    Locale.UK,
                    "%s: %s (%d %s, cost %s). %s",
                    broken.rule().kind() == RuleKind.MUST ? "Broken rule" : "Goal",
                    broken.rule().constraintName(),
                    broken.matches(),
                    broken.matches() == 1 ? "case" : "cases",
                    broken.cost(),
                    broken.rule().meaning());
            lines.add(heading);
            broken.findings().stream().limit(perRule).forEach(finding -> lines.add("  - " + finding.inWords()));
            if (broken.findings().size() > perRule) {
                lines.add("  - and " + (broken.findings().size() - perRule) + " more");
            }
        }
        return String.join("\n", lines);
    }
}
