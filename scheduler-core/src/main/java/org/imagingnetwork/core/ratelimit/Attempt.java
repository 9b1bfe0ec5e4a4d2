package org.imagingnetwork.core.ratelimit;

import java.time.Duration;

/** What a rate limiter said about one attempt. */
public sealed interface Attempt {

    /** Within the limit; {@code remaining} more attempts are allowed in this window. */
    record Allowed(int remaining) implements Attempt {}

    /** Over the limit: try again after this long. */
    record Limited(Duration retryAfter) implements Attempt {}

    /**
     * The counter cannot be reached (Redis is down). Callers fall back to a slower, durable limit of
     * their own rather than letting guesses through unchecked.
     */
    record Unavailable() implements Attempt {}
}
