package org.imagingnetwork.fhir.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.imagingnetwork.testsupport.ChildJvm;
import org.junit.jupiter.api.Test;

/** The FHIR boundary's main, started as a deployment starts it, refuses to run without its bearer tokens. */
class RefusesMissingTokensIT {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void refusesToStartWithoutTheTrustsTokens() {
        ChildJvm.Ended ended = ChildJvm.run(FhirSyncMain.class, Map.of(), LIMIT);

        assertThat(ended.exitCode()).as(ended.output()).isEqualTo(2);
        assertThat(ended.output()).contains("Refusing to start: Set FHIR_TRUST_TOKENS");
    }

    @Test
    void refusesATokenTooShortToBeSecret() {
        ChildJvm.Ended ended = ChildJvm.run(
                FhirSyncMain.class,
                Map.of("FHIR_TRUST_TOKENS", "RRK=short", "FHIR_CHANNEL_TOKENS", "nhs-app=" + "t".repeat(32)),
                LIMIT);

        assertThat(ended.exitCode()).as(ended.output()).isEqualTo(2);
        assertThat(ended.output()).contains("The token of RRK must be at least 16 characters");
    }
}
