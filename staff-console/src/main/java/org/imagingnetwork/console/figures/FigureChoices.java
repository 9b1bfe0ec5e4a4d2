package org.imagingnetwork.console.figures;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingnetwork.console.access.Scope;
import org.imagingnetwork.console.network.NetworkReference;
import org.imagingnetwork.console.web.Show;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.NetworkDirectory;
import org.imagingnetwork.core.network.Trust;
import org.imagingnetwork.core.request.Priority;

/** The options each filter of the dashboards offers, limited to the ICSs, trusts and sites in scope. */
record FigureChoices(
        List<Option> ics,
        List<Option> trusts,
        List<Option> sites,
        List<Option> modalities,
        List<Option> priorities,
        List<Option> grains) {

    record Option(String value, String label) {}

    static FigureChoices of(NetworkReference reference, NetworkDirectory directory, Scope scope) {
        Set<String> icsInScope =
                reference.trustsIn(scope).stream().map(Trust::icsCode).collect(Collectors.toSet());
        return new FigureChoices(
                directory.integratedCareSystems().stream()
                        .filter(i -> icsInScope.contains(i.code()))
                        .map(i -> new Option(i.code(), i.name()))
                        .toList(),
                reference.trustsIn(scope).stream()
                        .map(t -> new Option(t.odsCode().value(), t.name()))
                        .toList(),
                reference.sitesIn(scope).stream()
                        .map(s -> new Option(s.odsCode().value(), s.name()))
                        .toList(),
                Arrays.stream(Modality.values())
                        .map(m -> new Option(m.name(), m.displayName()))
                        .toList(),
                Arrays.stream(Priority.values())
                        .map(p -> new Option(p.name(), Show.INSTANCE.priority(p.name())))
                        .toList(),
                List.of(new Option("WEEK", "Weeks"), new Option("DAY", "Days")));
    }
}
