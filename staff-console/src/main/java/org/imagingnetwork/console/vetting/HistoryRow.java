package org.imagingnetwork.console.vetting;

import java.time.Instant;
import java.util.Optional;

/** One state change of a request, with the name of the rule that made it, if one did. */
public record HistoryRow(
        Instant at, String actor, Optional<String> from, String to, String reason, Optional<String> ruleName) {}
