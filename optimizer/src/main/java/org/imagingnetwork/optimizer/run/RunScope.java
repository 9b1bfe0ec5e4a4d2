package org.imagingnetwork.optimizer.run;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.optimizer.allocation.Horizon;

/** What a run covers: the network, one ICS or one trust; one modality or all; and the clinic days. */
public record RunScope(ScopeLevel level, Optional<String> code, Optional<Modality> modality, Horizon horizon) {

    public RunScope {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(horizon, "horizon");
        if ((level == ScopeLevel.NETWORK) != code.isEmpty()) {
            throw new IllegalArgumentException("an ICS or trust scope needs a code; the network scope has none");
        }
    }

    public static RunScope network(Optional<Modality> modality, LocalDate first, LocalDate last) {
        return new RunScope(ScopeLevel.NETWORK, Optional.empty(), modality, new Horizon(first, last));
    }

    /** "West Midlands network, MRI, 7 Dec to 11 Dec 2026", for screens and logs. */
    public String describe() {
        String where = switch (level) {
            case NETWORK -> "the whole network";
            case ICS -> "ICS " + code.orElseThrow();
            case TRUST -> "trust " + code.orElseThrow();
        };
        return where + ", " + modality.map(Modality::displayName).orElse("all modalities") + ", " + horizon.firstDay()
                + " to " + horizon.lastDay();
    }
}
