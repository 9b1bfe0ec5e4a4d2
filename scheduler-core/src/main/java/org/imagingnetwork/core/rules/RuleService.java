package org.imagingnetwork.core.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.network.NetworkDirectory;
import org.imagingnetwork.core.request.RequestService;
import org.imagingnetwork.core.validation.FieldError;

/**
 * Sets up and switches appointability rules. A change can make vetted requests appointable at
 * once, so after each one the affected vetted requests are assessed again: a trust's own rule
 * affects its requests, a network-wide one every trust's.
 */
@Singleton
public final class RuleService {
    private final RuleRepository rules;
    private final NetworkDirectory network;
    private final RequestService requests;

    @Inject
    public RuleService(RuleRepository rules, NetworkDirectory network, RequestService requests) {
        this.rules = rules;
        this.network = network;
        this.requests = requests;
    }

    public RuleOutcome create(NewRule rule) {
        return create(rule, rules::create);
    }

    /** Sets up a rule for a member of staff, whose name, role and organisation its audit row records. */
    public RuleOutcome create(NewRule rule, StaffActor by) {
        return create(
                new NewRule(rule.trust(), rule.name(), rule.conditions(), by.auditName()),
                normalised -> rules.create(normalised, by));
    }

    private RuleOutcome create(NewRule rule, Function<NewRule, Optional<AppointabilityRule>> save) {
        List<FieldError> errors = new ArrayList<>();
        if (rule.name() == null || rule.name().isBlank() || rule.name().strip().length() > 200) {
            errors.add(new FieldError("name", "Enter a name of up to 200 characters"));
        }
        if (rule.trust().isPresent() && network.trust(rule.trust().get()).isEmpty()) {
            errors.add(new FieldError("trust", "Unknown trust"));
        }
        if (rule.conditions().isEmpty()) {
            errors.add(new FieldError("conditions", "Choose at least one condition"));
        } else if (new HashSet<>(
                                rule.conditions().stream().map(Object::getClass).toList())
                        .size()
                != rule.conditions().size()) {
            errors.add(new FieldError("conditions", "Choose each condition once"));
        }
        if (rule.actor() == null || rule.actor().isBlank()) {
            errors.add(new FieldError("actor", "Say who is setting up the rule"));
        }
        if (!errors.isEmpty()) {
            return new RuleOutcome.Invalid(errors);
        }
        NewRule normalised = new NewRule(rule.trust(), rule.name().strip(), rule.conditions(), rule.actor());
        Optional<AppointabilityRule> created = save.apply(normalised);
        if (created.isEmpty()) {
            return new RuleOutcome.Invalid(
                    List.of(new FieldError("name", "A rule with this name already exists here")));
        }
        return new RuleOutcome.Saved(created.get(), requests.reassessVetted(rule.trust(), rule.actor()));
    }

    public RuleOutcome setEnabled(RuleId id, boolean enabled, String actor) {
        if (actor == null || actor.isBlank()) {
            return new RuleOutcome.Invalid(List.of(new FieldError("actor", "Say who is changing the rule")));
        }
        return switched(id, rules.setEnabled(id, enabled, actor), actor);
    }

    /** Switches a rule for a member of staff, whose name, role and organisation its audit row records. */
    public RuleOutcome setEnabled(RuleId id, boolean enabled, StaffActor by) {
        return switched(id, rules.setEnabled(id, enabled, by), by.auditName());
    }

    private RuleOutcome switched(RuleId id, boolean found, String actor) {
        if (!found) {
            return new RuleOutcome.NotFound(id);
        }
        AppointabilityRule rule = rules.find(id).orElseThrow();
        return new RuleOutcome.Saved(rule, requests.reassessVetted(rule.trust(), actor));
    }
}
