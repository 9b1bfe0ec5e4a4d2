package org.imagingnetwork.console.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.Map;

/**
 * The run page's template with a model it cannot read (no run), as a template error would leave it:
 * only on the console instance {@link TemplateErrorIT} starts for it.
 */
@Controller("/test-only")
@Requires(property = "console.test.broken-page", value = "true")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class BrokenPageController {

    @Get("/broken-run-page")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> brokenRunPage() {
        return new ModelAndView<>("optimisation/run", Map.of("title", "A run"));
    }
}
