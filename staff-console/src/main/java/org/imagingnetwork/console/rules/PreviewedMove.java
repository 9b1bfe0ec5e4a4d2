package org.imagingnetwork.console.rules;

import java.time.Instant;

/** A vetted request a proposed rule change would make appointable, and the rule that would fire. */
public record PreviewedMove(
        long requestId, String examName, String priority, String referringTrust, Instant receivedAt, String rule) {}
