package org.imagingnetwork.optimizer.run;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An optimisation run as stored: who asked for what and when, where it has got to, and its result. */
public record Run(
        RunId id,
        RunKind kind,
        RunScope scope,
        RunSettings settings,
        String requestedBy,
        Instant requestedAt,
        RunState state,
        Optional<String> claimedBy,
        int solveStarts,
        Optional<String> bestScore,
        Optional<String> failure,
        Optional<Instant> finishedAt,
        Optional<Instant> publishedAt) {

    public Run {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(state, "state");
    }
}
