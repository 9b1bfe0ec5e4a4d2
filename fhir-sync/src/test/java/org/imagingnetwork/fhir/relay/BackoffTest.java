package org.imagingnetwork.fhir.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(10));

    @Test
    void doublesTheWaitWithEachAttemptWithinItsJitterBand() {
        for (int attempt = 1; attempt <= 8; attempt++) {
            long full = 1000L << (attempt - 1);
            assertThat(backoff.after(attempt).toMillis())
                    .as("attempt " + attempt)
                    .isBetween(full / 2, full);
        }
    }

    @Test
    void neverWaitsLongerThanTheCap() {
        assertThat(backoff.after(40)).isLessThanOrEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.after(40)).isGreaterThanOrEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void spreadsRetriesOfTheSameAttemptApart() {
        long distinct = java.util.stream.IntStream.range(0, 50)
                .mapToLong(i -> backoff.after(5).toMillis())
                .distinct()
                .count();
        assertThat(distinct).isGreaterThan(40);
    }
}
