package org.imagingnetwork.fhir.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.imagingnetwork.core.network.OdsCode;
import org.junit.jupiter.api.Test;

class BearerTokensTest {

    private static final String NORTH = "north-token-0123456789";
    private static final String SOUTH = "south-token-0123456789";

    @Test
    void findsTheCallerWhoseTokenItIs() {
        BearerTokens<OdsCode> tokens = BearerTokens.of(Map.of(new OdsCode("RRK"), NORTH, new OdsCode("RJE"), SOUTH));

        assertThat(tokens.callerOf(SOUTH)).contains(new OdsCode("RJE"));
        assertThat(tokens.callerOf(NORTH)).contains(new OdsCode("RRK"));
        assertThat(tokens.callerOf(NORTH + "x")).isEmpty();
        assertThat(tokens.callerOf("")).isEmpty();
    }

    @Test
    void refusesShortTokens() {
        assertThatThrownBy(() -> BearerTokens.of(Map.of("nhs-app", "short")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nhs-app")
                .hasMessageContaining("at least 16");
    }

    @Test
    void parsesTheSettingAndNamesItWhenMalformed() {
        BearerTokens<String> tokens =
                BearerTokens.parse("nhs-app=" + NORTH + ", e-rs=" + SOUTH, "FHIR_CHANNEL_TOKENS", String::trim);

        assertThat(tokens.callerOf(SOUTH)).contains("e-rs");
        assertThatThrownBy(() -> BearerTokens.parse(NORTH, "FHIR_CHANNEL_TOKENS", String::trim))
                .hasMessageContaining("FHIR_CHANNEL_TOKENS");
    }
}
