package org.imagingnetwork.core.ratelimit;

import java.time.Duration;

/** Counts attempts at something guessable (sign-in answers) in a fixed window, across app instances. */
public interface RateLimiter {

    /** Records one attempt under this key and says whether it is within the limit for the window. */
    Attempt attempt(String key, int limit, Duration window);

    /** Forgets the attempts under this key (after a right answer). */
    void reset(String key);
}
