package org.imagingnetwork.fhir.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30));

    @Test
    void opensAfterTheThresholdOfFailuresInARow() {
        breaker.failed(T0);
        breaker.failed(T0);
        assertThat(breaker.allows(T0)).isTrue();

        breaker.failed(T0);

        assertThat(breaker.allows(T0.plusSeconds(29))).isFalse();
    }

    @Test
    void aSuccessResetsTheCount() {
        breaker.failed(T0);
        breaker.failed(T0);
        breaker.succeeded();
        breaker.failed(T0);

        assertThat(breaker.allows(T0)).isTrue();
    }

    @Test
    void triesAgainAfterTheRestAndReopensOnTheNextFailure() {
        for (int i = 0; i < 3; i++) {
            breaker.failed(T0);
        }
        Instant later = T0.plusSeconds(30);
        assertThat(breaker.allows(later)).isTrue();

        breaker.failed(later);

        assertThat(breaker.allows(later.plusSeconds(1))).isFalse();
    }

    @Test
    void closesForGoodAfterASuccessfulTrial() {
        for (int i = 0; i < 3; i++) {
            breaker.failed(T0);
        }
        breaker.succeeded();
        breaker.failed(T0.plusSeconds(31));

        assertThat(breaker.allows(T0.plusSeconds(31))).isTrue();
    }
}
