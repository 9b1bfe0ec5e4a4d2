package org.imagingnetwork.core.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.request.AppointabilityPolicy;

/** The appointability policy as configured in the rules tables: the first applicable rule that holds fires. */
@Singleton
public final class RuleBook implements AppointabilityPolicy {
    private final RuleRepository rules;

    @Inject
    public RuleBook(RuleRepository rules) {
        this.rules = rules;
    }

    @Override
    public Assessor forTrust(OdsCode trust) {
        List<AppointabilityRule> applicable = rules.applicableTo(trust);
        return (request, today) -> applicable.stream()
                .filter(rule -> rule.holdsFor(request, today))
                .findFirst()
                .map(rule -> new FiredRule(rule.id().value(), rule.name()));
    }
}
