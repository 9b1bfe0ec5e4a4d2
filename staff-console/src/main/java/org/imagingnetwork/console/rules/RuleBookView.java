package org.imagingnetwork.console.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.console.access.Scope;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.rules.AppointabilityRule;
import org.imagingnetwork.core.rules.Condition;
import org.imagingnetwork.core.rules.RuleId;
import org.imagingnetwork.core.rules.RuleRepository;

/** The rules a member of staff sees: the network-wide ones, then each trust in scope's own. */
final class RuleBookView {

    private final RuleRepository rules;

    RuleBookView(RuleRepository rules) {
        this.rules = rules;
    }

    List<RuleView> visibleTo(Scope scope, Map<String, String> trustNames) {
        List<RuleView> views = new ArrayList<>();
        for (AppointabilityRule rule : rules.definedFor(Optional.empty())) {
            views.add(view(rule, scope, trustNames));
        }
        for (String trust : scope.trusts()) {
            for (AppointabilityRule rule : rules.definedFor(Optional.of(new OdsCode(trust)))) {
                views.add(view(rule, scope, trustNames));
            }
        }
        return views;
    }

    /** The names already used where a rule would go, to name a duplicate before anything is saved. */
    boolean nameTaken(Optional<OdsCode> trust, String name) {
        return rules.definedFor(trust).stream().anyMatch(r -> r.name().equals(name));
    }

    /** A rule the member of staff may switch; empty for one that does not exist or lies outside their scope. */
    Optional<AppointabilityRule> changeableBy(Scope scope, String id) {
        if (!id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return rules.find(new RuleId(Long.parseLong(id))).filter(rule -> mayChange(rule, scope));
    }

    static boolean mayChange(AppointabilityRule rule, Scope scope) {
        return rule.trust().map(t -> scope.covers(t.value())).orElse(scope.level() == Scope.Level.NETWORK);
    }

    private static RuleView view(AppointabilityRule rule, Scope scope, Map<String, String> trustNames) {
        return new RuleView(
                rule.id().value(),
                rule.name(),
                rule.trust()
                        .map(t -> trustNames.getOrDefault(t.value(), t.value()) + " (" + t.value() + ")")
                        .orElse("Network-wide"),
                rule.trust().isEmpty(),
                rule.enabled(),
                rule.conditions().stream().map(Condition::describe).toList(),
                mayChange(rule, scope));
    }
}
