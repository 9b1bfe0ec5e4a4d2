package org.imagingnetwork.core.request;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A requested move of a request from one state to another, by someone, for a reason. */
public record Transition(
        RequestId request,
        RequestState from,
        RequestState to,
        String actor,
        String reason,
        Optional<Long> ruleId,
        Instant at) {

    public Transition {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        if (!from.canMoveTo(to)) {
            throw new IllegalTransitionException(request, from, to);
        }
    }

    public static Transition of(
            RequestId request, RequestState from, RequestState to, String actor, String reason, Instant at) {
        return new Transition(request, from, to, actor, reason, Optional.empty(), at);
    }
}
