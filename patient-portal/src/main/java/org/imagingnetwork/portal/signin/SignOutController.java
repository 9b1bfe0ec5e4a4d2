package org.imagingnetwork.portal.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import org.imagingnetwork.portal.web.CsrfFilter;

/** Signing out clears the session cookie; a form post like every other, so CSRF-checked too. */
@Produces(MediaType.TEXT_HTML)
@Controller("/sign-out")
@Secured(SecurityRule.IS_ANONYMOUS)
final class SignOutController {

    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logout;
    private final CsrfFilter csrf;

    SignOutController(LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logout, CsrfFilter csrf) {
        this.logout = logout;
        this.csrf = csrf;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> signOut(HttpRequest<?> request, @Body @Nullable Map<String, String> form) {
        csrf.check(request, form);
        return logout.logout(request);
    }
}
