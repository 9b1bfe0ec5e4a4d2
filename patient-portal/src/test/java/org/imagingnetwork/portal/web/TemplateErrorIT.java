package org.imagingnetwork.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.imagingnetwork.portal.support.PortalClient;
import org.imagingnetwork.portal.support.PortalServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A page whose template fails answers the portal's error page at once, never a response left hanging. */
class TemplateErrorIT {

    private static PortalServer portal;

    @BeforeAll
    static void start() {
        portal = PortalServer.start(Map.of("portal.test.broken-page", "true"));
    }

    @AfterAll
    static void stop() {
        portal.stop();
    }

    @Test
    void aTemplateThatFailsAnswersTheErrorPageWithA500Promptly() {
        PortalClient client = new PortalClient(portal.url());

        HttpResponse<String> page =
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> client.get("/test-only/broken-referral-page"));

        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body())
                .contains("Sorry, there is a problem with the service")
                .contains("quote reference")
                .doesNotContain("TemplateProcessingException");
    }
}
