package org.imagingnetwork.console.vetting;

import java.util.List;
import java.util.Optional;

/**
 * Where a vetted referral stands with the appointability rules: the rule that made it appointable,
 * or, while it stays vetted, what each rule that applies still needs.
 *
 * @param firedRule the name of the rule whose conditions held when the request moved to waiting
 * @param unmet for a request still vetted, each applicable rule with the conditions not yet met
 */
public record Standing(Optional<String> firedRule, List<UnmetRule> unmet) {

    /** A rule that applies to the request, and what it still asks for, in the rules screen's words. */
    public record UnmetRule(String rule, List<String> conditions) {}

    static Standing none() {
        return new Standing(Optional.empty(), List.of());
    }
}
