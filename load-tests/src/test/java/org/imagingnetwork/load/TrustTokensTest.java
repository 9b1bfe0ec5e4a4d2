package org.imagingnetwork.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustTokensTest {

    @Test
    void readsEachTrustsTokenAsTheBoundaryDoes() {
        TrustTokens tokens = TrustTokens.parse("RRK=abc-123=x, RJE=def_456");
        assertThat(tokens.of("RRK")).isEqualTo("abc-123=x");
        assertThat(tokens.of("RJE")).isEqualTo("def_456");
    }

    @Test
    void aMissingTrustOrAnEntryWithoutTokenIsNamed() {
        assertThatThrownBy(() -> TrustTokens.parse("RRK=abc").of("RJE"))
                .hasMessage("load.trustTokens has no token for trust RJE");
        assertThatThrownBy(() -> TrustTokens.parse("RRK=abc,RJE"))
                .hasMessage("load.trustTokens: each entry is ODS=token, as FHIR_TRUST_TOKENS; not RJE");
        assertThatThrownBy(() -> TrustTokens.parse("RRK="))
                .hasMessageStartingWith("load.trustTokens: each entry is ODS=token");
    }
}
