package org.imagingnetwork.core.request;

import java.time.Instant;
import java.util.Optional;

/** One state change of a request: who moved it, when, from where to where, and why. */
public record RequestEvent(
        RequestId request,
        Instant occurredAt,
        String actor,
        Optional<RequestState> from,
        RequestState to,
        String reason,
        Optional<Long> ruleId) {}
