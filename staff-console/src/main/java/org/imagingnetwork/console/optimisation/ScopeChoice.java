package org.imagingnetwork.console.optimisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingnetwork.console.access.Scope;
import org.imagingnetwork.core.network.Ics;
import org.imagingnetwork.core.network.Trust;
import org.imagingnetwork.optimizer.run.RunScope;
import org.imagingnetwork.optimizer.run.ScopeLevel;

/**
 * A part of the network a manager may optimise, as the start form offers it: the whole network and
 * each ICS for a network manager, their own ICS for an ICS manager, their own trust for a trust
 * manager.
 *
 * @param value what the form sends: {@code NETWORK}, {@code ICS:QHL} or {@code TRUST:RXW}
 * @param trusts the ODS codes of the trusts it covers
 */
record ScopeChoice(String value, String label, ScopeLevel level, Optional<String> code, Set<String> trusts) {

    ScopeChoice {
        trusts = Set.copyOf(trusts);
    }

    static List<ScopeChoice> forStaff(Scope scope, List<Ics> systems, List<Trust> trusts) {
        List<ScopeChoice> choices = new ArrayList<>();
        switch (scope.level()) {
            case NETWORK -> {
                choices.add(new ScopeChoice(
                        "NETWORK",
                        "The whole network",
                        ScopeLevel.NETWORK,
                        Optional.empty(),
                        trusts.stream().map(t -> t.odsCode().value()).collect(Collectors.toSet())));
                systems.stream()
                        .sorted(Comparator.comparing(Ics::name))
                        .forEach(ics -> choices.add(ofIcs(ics, trusts)));
            }
            case ICS ->
                systems.stream()
                        .filter(ics -> ics.code().equals(scope.organisation()))
                        .forEach(ics -> choices.add(ofIcs(ics, trusts)));
            case TRUST ->
                trusts.stream()
                        .filter(t -> t.odsCode().value().equals(scope.organisation()))
                        .forEach(t -> choices.add(new ScopeChoice(
                                "TRUST:" + t.odsCode().value(),
                                t.name(),
                                ScopeLevel.TRUST,
                                Optional.of(t.odsCode().value()),
                                Set.of(t.odsCode().value()))));
        }
        return List.copyOf(choices);
    }

    /** The trusts a run's scope covers, to check it lies within what a member of staff may see. */
    static Set<String> trustsOf(RunScope scope, List<Trust> trusts) {
        return trusts.stream()
                .filter(t -> switch (scope.level()) {
                    case NETWORK -> true;
                    case ICS -> t.icsCode().equals(scope.code().orElseThrow());
                    case TRUST -> t.odsCode().value().equals(scope.code().orElseThrow());
                })
                .map(t -> t.odsCode().value())
                .collect(Collectors.toSet());
    }

    /** Whether a member of staff may see, stop and publish a run of this scope: every trust it covers is theirs. */
    static boolean covers(Scope staff, RunScope run, List<Trust> trusts) {
        return (run.level() != ScopeLevel.NETWORK || staff.level() == Scope.Level.NETWORK)
                && trustsOf(run, trusts).stream().allMatch(staff::covers);
    }

    private static ScopeChoice ofIcs(Ics ics, List<Trust> trusts) {
        return new ScopeChoice(
                "ICS:" + ics.code(),
                ics.name(),
                ScopeLevel.ICS,
                Optional.of(ics.code()),
                trusts.stream()
                        .filter(t -> t.icsCode().equals(ics.code()))
                        .map(t -> t.odsCode().value())
                        .collect(Collectors.toSet()));
    }
}
