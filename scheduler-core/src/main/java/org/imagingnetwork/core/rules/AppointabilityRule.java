package org.imagingnetwork.core.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.request.Request;

/** A named set of conditions that together make a vetted request appointable; network-wide when it has no trust. */
public record AppointabilityRule(
        RuleId id, Optional<OdsCode> trust, String name, boolean enabled, List<Condition> conditions) {

    public AppointabilityRule {
        conditions = List.copyOf(conditions);
    }

    public boolean holdsFor(Request request, LocalDate today) {
        return conditions.stream().allMatch(c -> c.holdsFor(request, today));
    }

    /** The conditions still to be met, for a waiting-list screen to say what a request is waiting for. */
    public List<Condition> unmetFor(Request request, LocalDate today) {
        return conditions.stream().filter(c -> !c.holdsFor(request, today)).toList();
    }
}
