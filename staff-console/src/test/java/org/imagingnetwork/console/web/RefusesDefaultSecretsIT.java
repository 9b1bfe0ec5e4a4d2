package org.imagingnetwork.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.imagingnetwork.testsupport.ChildJvm;
import org.junit.jupiter.api.Test;

/** The console's main, started as a deployment starts it, refuses to run on missing or shipped secrets. */
class RefusesDefaultSecretsIT {

    @Test
    void refusesToStartOnTheShippedSessionKeyAndWithoutAClientSecret() {
        ChildJvm.Ended ended = ChildJvm.run(
                ConsoleApplication.class,
                Map.of("CONSOLE_SESSION_SECRET", "local-development-console-secret-change-me-0123456789"),
                Duration.ofSeconds(60));

        assertThat(ended.exitCode()).as(ended.output()).isEqualTo(2);
        assertThat(ended.output())
                .contains("CONSOLE_SESSION_SECRET is the development default")
                .contains("set CIS2_CLIENT_SECRET")
                .contains("set PORTAL_LINK_SECRET")
                .contains("set NOTIFY_API_KEY");
    }
}
