package org.imagingnetwork.core.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RequiredSecretsTest {

    private static final RequiredSecrets SECRETS = RequiredSecrets.of(
            new RequiredSecrets.Secret("SESSION_SECRET", 32), new RequiredSecrets.Secret("LINK_SECRET", 32));
    private static final String GOOD = "k2J8wq0Zt7bX4mN1pR6sV9yC3fH5jL0a";

    @Test
    void namesEveryMissingVariable() {
        assertThat(SECRETS.problems(Map.of()))
                .containsExactly(
                        "set SESSION_SECRET (at least 32 characters)", "set LINK_SECRET (at least 32 characters)");
    }

    @Test
    void refusesTheDevelopmentDefault() {
        assertThat(SECRETS.problems(Map.of(
                        "SESSION_SECRET",
                        "local-development-session-secret-change-me-0123456789",
                        "LINK_SECRET",
                        GOOD)))
                .containsExactly("SESSION_SECRET is the development default: set a secret of your own");
    }

    @Test
    void refusesAShortSecret() {
        assertThat(SECRETS.problems(Map.of("SESSION_SECRET", GOOD, "LINK_SECRET", "short")))
                .containsExactly("LINK_SECRET must be at least 32 characters");
    }

    @Test
    void acceptsSecretsOfItsOwn() {
        assertThat(SECRETS.problems(Map.of("SESSION_SECRET", GOOD, "LINK_SECRET", GOOD + "x")))
                .isEmpty();
    }

    @Test
    void demoAndTestProfilesRunOnTheDefaults() {
        assertThat(SECRETS.problems(Map.of("APP_PROFILE", "demo"))).isEmpty();
        assertThat(SECRETS.problems(Map.of("APP_PROFILE", "test"))).isEmpty();
        assertThat(SECRETS.problems(Map.of("APP_PROFILE", "production"))).hasSize(2);
    }
}
