package org.imagingnetwork.core.offer;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a released slot is offered: to how many patients at once, how long each has to answer, and
 * how long before the appointment offers must close so the patient can still get there.
 */
public record ReleaseOffering(int fanOut, Duration answerWithin, Duration closesBeforeStart) {

    public ReleaseOffering {
        Objects.requireNonNull(answerWithin, "answerWithin");
        Objects.requireNonNull(closesBeforeStart, "closesBeforeStart");
        if (fanOut < 1) {
            throw new IllegalArgumentException("a released slot is offered to at least one patient");
        }
        if (answerWithin.isNegative() || answerWithin.isZero()) {
            throw new IllegalArgumentException("patients need some time to answer");
        }
    }

    /** When offers made now for a slot starting then must be answered by; empty when it is too late to offer. */
    public Optional<Instant> deadline(Instant slotStart, Instant now) {
        Instant latest = slotStart.minus(closesBeforeStart);
        Instant deadline = now.plus(answerWithin).isBefore(latest) ? now.plus(answerWithin) : latest;
        return deadline.isAfter(now) ? Optional.of(deadline) : Optional.empty();
    }
}
