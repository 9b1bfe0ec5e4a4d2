package org.imagingnetwork.core.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentVariablesTest {

    private final EnvironmentVariables env =
            new EnvironmentVariables(Map.of("PORT", " 8082 ", "WORKERS", "four", "BLANK", " "));

    @Test
    void readsNumbersAndFallsBackWhenUnsetOrBlank() {
        assertThat(env.number("PORT", 1)).isEqualTo(8082);
        assertThat(env.number("MISSING", 4)).isEqualTo(4);
        assertThat(env.text("BLANK", "fallback")).isEqualTo("fallback");
    }

    @Test
    void namesTheVariableThatIsNotANumber() {
        assertThatThrownBy(() -> env.number("WORKERS", 4)).hasMessage("WORKERS must be a whole number, not four");
    }

    @Test
    void namesTheMissingRequiredVariable() {
        assertThatThrownBy(() -> env.required("DATABASE_URL")).hasMessage("Set DATABASE_URL (see docs/operations.md)");
    }
}
