package org.imagingnetwork.console.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imagingnetwork.core.network.NetworkDirectory;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Trust;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestRepository;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.rules.AppointabilityRule;
import org.imagingnetwork.core.rules.RuleId;
import org.imagingnetwork.core.rules.RuleRepository;
import org.imagingnetwork.core.time.London;

/**
 * What saving a proposed rule would do, worked out without writing anything: the vetted requests
 * that saving reassesses (the trust's, or every trust's for a network-wide rule) tried against the
 * rules that would then apply to each trust, exactly as core's rule book tries them — a trust's own
 * enabled rules if it has any (the new one last), otherwise the network-wide ones. Waiting requests
 * are not tried: the state machine has no way back from WAITING, so no rule change moves them.
 */
final class RulePreview {

    private final RuleRepository rules;
    private final RequestRepository requests;
    private final NetworkDirectory network;
    private final RulesQueries queries;
    private final Clock clock;

    RulePreview(
            RuleRepository rules,
            RequestRepository requests,
            NetworkDirectory network,
            RulesQueries queries,
            Clock clock) {
        this.rules = rules;
        this.requests = requests;
        this.network = network;
        this.queries = queries;
        this.clock = clock;
    }

    List<PreviewedMove> of(RuleForm.Proposal proposal) {
        AppointabilityRule proposed =
                new AppointabilityRule(new RuleId(0), proposal.trust(), proposal.name(), true, proposal.conditions());
        List<OdsCode> trusts = proposal.trust()
                .map(List::of)
                .orElseGet(() -> network.trusts().stream().map(Trust::odsCode).toList());
        List<AppointabilityRule> networkRules = enabled(rules.definedFor(Optional.empty()));
        LocalDate today = London.clinicDay(clock.instant());
        Map<Long, String> firing = new java.util.LinkedHashMap<>();
        for (OdsCode trust : trusts) {
            List<AppointabilityRule> applicable = applicableAfter(trust, proposed, networkRules);
            for (var id : requests.inState(RequestState.VETTED, Optional.of(trust))) {
                Optional<Request> request = requests.find(id);
                request.flatMap(r -> applicable.stream()
                                .filter(rule -> rule.holdsFor(r, today))
                                .findFirst())
                        .ifPresent(rule -> firing.put(id.value(), rule.name()));
            }
        }
        return queries.moves(firing);
    }

    /** The request ids a preview lists, in one string, so a save can tell whether they changed meanwhile. */
    static String fingerprint(List<PreviewedMove> moves) {
        return moves.stream().map(m -> String.valueOf(m.requestId())).sorted().collect(Collectors.joining(","));
    }

    private List<AppointabilityRule> applicableAfter(
            OdsCode trust, AppointabilityRule proposed, List<AppointabilityRule> networkRules) {
        List<AppointabilityRule> own = enabled(rules.definedFor(Optional.of(trust)));
        if (proposed.trust().isPresent()) {
            return Stream.concat(own.stream(), Stream.of(proposed)).toList();
        }
        if (!own.isEmpty()) {
            return own;
        }
        List<AppointabilityRule> withProposed = new ArrayList<>(networkRules);
        withProposed.add(proposed);
        return withProposed;
    }

    private static List<AppointabilityRule> enabled(List<AppointabilityRule> defined) {
        return defined.stream().filter(AppointabilityRule::enabled).toList();
    }
}
