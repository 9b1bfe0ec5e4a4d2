package org.imagingnetwork.portal.web;

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
 * The referral page's template with a model it cannot read (no referral), as a template error would
 * leave it: only on the portal instance {@link TemplateErrorIT} starts for it.
 */
@Controller("/test-only")
@Requires(property = "portal.test.broken-page", value = "true")
@Secured(SecurityRule.IS_ANONYMOUS)
final class BrokenPageController {

    @Get("/broken-referral-page")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> brokenReferralPage() {
        return new ModelAndView<>("referrals/show", Map.of());
    }
}
