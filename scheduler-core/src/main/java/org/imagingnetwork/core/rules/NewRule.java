package org.imagingnetwork.core.rules;

import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.network.OdsCode;

/** A rule staff are setting up: for one trust, or the whole network when the trust is empty. */
public record NewRule(Optional<OdsCode> trust, String name, List<Condition> conditions, String actor) {
    public NewRule {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
