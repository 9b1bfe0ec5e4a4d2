package org.imagingnetwork.console.vetting;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestRepository;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.rules.Condition;
import org.imagingnetwork.core.rules.RuleRepository;
import org.imagingnetwork.core.time.London;

/**
 * Says why a vetted referral has or has not become appointable: the rule that fired (named on its
 * history row), or the conditions of each rule that applies to its trust that do not hold yet.
 */
final class Appointability {

    private final RequestRepository requests;
    private final RuleRepository rules;
    private final Clock clock;

    Appointability(RequestRepository requests, RuleRepository rules, Clock clock) {
        this.requests = requests;
        this.rules = rules;
        this.clock = clock;
    }

    Standing of(long id, List<HistoryRow> history) {
        Optional<String> fired = history.stream()
                .filter(h -> "WAITING".equals(h.to()) && h.ruleName().isPresent())
                .reduce((first, later) -> later)
                .flatMap(HistoryRow::ruleName);
        if (fired.isPresent()) {
            return new Standing(fired, List.of());
        }
        Optional<Request> request = requests.find(new RequestId(id));
        if (request.isEmpty() || request.get().state() != RequestState.VETTED) {
            return Standing.none();
        }
        Request vetted = request.get();
        return new Standing(
                Optional.empty(),
                rules.applicableTo(vetted.referral().referringTrust()).stream()
                        .map(rule -> new Standing.UnmetRule(
                                rule.name(),
                                rule.unmetFor(vetted, London.clinicDay(clock.instant())).stream()
                                        .map(Condition::describe)
                                        .toList()))
                        .toList());
    }
}
