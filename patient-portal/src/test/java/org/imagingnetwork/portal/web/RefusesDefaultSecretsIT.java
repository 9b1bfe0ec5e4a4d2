package org.imagingnetwork.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.imagingnetwork.testsupport.ChildJvm;
import org.junit.jupiter.api.Test;

/** The portal's main, started as a deployment starts it, refuses to run on missing or shipped secrets. */
class RefusesDefaultSecretsIT {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void refusesToStartWithoutItsSecretsNamingEachVariable() {
        ChildJvm.Ended ended = ChildJvm.run(PortalApplication.class, Map.of(), LIMIT);

        assertThat(ended.exitCode()).as(ended.output()).isEqualTo(2);
        assertThat(ended.output())
                .contains("set PORTAL_SESSION_SECRET")
                .contains("set PORTAL_LINK_SECRET")
                .contains("set NOTIFY_API_KEY")
                .contains("set NHS_LOGIN_CLIENT_SECRET");
    }

    @Test
    void refusesTheShippedDevelopmentSecrets() {
        ChildJvm.Ended ended = ChildJvm.run(
                PortalApplication.class,
                Map.of(
                        "PORTAL_SESSION_SECRET",
                        "local-development-session-secret-change-me-0123456789",
                        "PORTAL_LINK_SECRET",
                        "x".repeat(40),
                        "NOTIFY_API_KEY",
                        "y".repeat(80),
                        "NHS_LOGIN_ENABLED",
                        "false"),
                LIMIT);

        assertThat(ended.exitCode()).as(ended.output()).isEqualTo(2);
        assertThat(ended.output())
                .contains("PORTAL_SESSION_SECRET is the development default")
                .doesNotContain("PORTAL_LINK_SECRET")
                .doesNotContain("NHS_LOGIN_CLIENT_SECRET");
    }
}
