package org.imagingnetwork.console.waitinglist;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.imagingnetwork.console.access.Scope;
import org.imagingnetwork.console.network.NetworkReference;
import org.imagingnetwork.console.web.Show;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.RequestState;

/** The options each of the waiting list's filters offers, limited to what the scope covers. */
record FilterChoices(
        List<Option> trusts,
        List<Option> sites,
        List<Option> modalities,
        List<Option> exams,
        List<Option> priorities,
        List<Option> states,
        List<Option> bands) {

    record Option(String value, String label) {}

    static FilterChoices of(NetworkReference network, Scope scope) {
        return new FilterChoices(
                network.trustsIn(scope).stream()
                        .map(t -> new Option(t.odsCode().value(), t.name()))
                        .toList(),
                network.sitesIn(scope).stream()
                        .map(s -> new Option(s.odsCode().value(), s.name()))
                        .toList(),
                Arrays.stream(Modality.values())
                        .map(m -> new Option(m.name(), m.name()))
                        .toList(),
                network.exams().stream()
                        .map(e -> new Option(e.code().value(), e.name()))
                        .toList(),
                Arrays.stream(Priority.values())
                        .map(p -> new Option(p.name(), Show.INSTANCE.priority(p.name())))
                        .toList(),
                Arrays.stream(RequestState.values())
                        .map(s -> new Option(s.name(), Show.INSTANCE.state(s.name())))
                        .toList(),
                IntStream.rangeClosed(0, WorklistFilter.LAST_BAND)
                        .mapToObj(b -> new Option(
                                String.valueOf(b),
                                b == WorklistFilter.LAST_BAND ? "13 weeks or more" : b + " to " + (b + 1) + " weeks"))
                        .toList());
    }
}
