package org.imagingnetwork.console.diary;

import java.util.Arrays;
import java.util.List;
import org.imagingnetwork.console.access.Scope;
import org.imagingnetwork.console.network.NetworkReference;
import org.imagingnetwork.core.network.Modality;

/** What the grid's pickers offer: the trusts and sites in scope and every modality. */
record GridChoices(List<Option> trusts, List<Option> sites, List<Option> modalities) {

    record Option(String value, String label) {}

    static GridChoices of(NetworkReference network, Scope scope) {
        return new GridChoices(
                network.trustsIn(scope).stream()
                        .map(t -> new Option(t.odsCode().value(), t.name()))
                        .toList(),
                network.sitesIn(scope).stream()
                        .map(s -> new Option(s.odsCode().value(), s.name()))
                        .toList(),
                Arrays.stream(Modality.values())
                        .map(m -> new Option(m.name(), m.name()))
                        .toList());
    }
}
