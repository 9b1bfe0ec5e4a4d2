package org.imagingnetwork.portal.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.Map;
import org.imagingnetwork.portal.web.FormErrors;

/** The start page: continue with NHS login, or use the link from a text or letter. */
@Produces(MediaType.TEXT_HTML)
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class SignInController {

    @Get
    HttpResponse<?> home(@Nullable Authentication authentication) {
        return HttpResponse.seeOther(URI.create(authentication == null ? "/sign-in" : "/referrals"));
    }

    @Get("/sign-in")
    ModelAndView<Map<String, Object>> signIn(@QueryValue @Nullable String failed) {
        return new ModelAndView<>(
                "signin/start",
                Map.of(
                        "errors",
                        failed != null ? FormErrors.of(FormErrors.PAGE, "signin.failed.body") : FormErrors.none()));
    }

    @Get("/signed-out")
    ModelAndView<Map<String, Object>> signedOut() {
        return new ModelAndView<>("signin/signed-out", Map.of());
    }
}
