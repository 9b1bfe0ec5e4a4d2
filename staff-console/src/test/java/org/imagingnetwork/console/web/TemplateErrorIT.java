package org.imagingnetwork.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A page whose template fails answers the console's error page at once, never a response left hanging. */
class TemplateErrorIT {

    private static ConsoleServer console;

    @BeforeAll
    static void start() {
        console = ConsoleServer.another(
                Map.of("console.test.broken-page", "true", "console.optimisation.solve-runs", "false"));
    }

    @AfterAll
    static void stop() {
        console.stop();
    }

    @Test
    void aTemplateThatFailsAnswersTheErrorPageWithA500Promptly() {
        StaffClient manager = console.signIn(
                console.staff().at(Role.SERVICE_MANAGER, console.staff().icsOfA()));

        HttpResponse<String> page =
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> manager.get("/test-only/broken-run-page"));

        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body())
                .contains("Sorry, there is a problem with the service")
                .contains("quote reference")
                .doesNotContain("TemplateProcessingException");
    }
}
