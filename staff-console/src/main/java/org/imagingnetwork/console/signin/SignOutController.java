package org.imagingnetwork.console.signin;

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
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.web.FormToken;

/** Signing out clears the session; a form post like every other, so it carries the form token. */
@Produces(MediaType.TEXT_HTML)
@Controller("/sign-out")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class SignOutController {

    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logout;

    SignOutController(LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logout) {
        this.logout = logout;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> signOut(HttpRequest<?> request, StaffUser user, @Body @Nullable Map<String, String> form) {
        FormToken.check(user, form == null ? null : form.get(FormToken.FIELD));
        return logout.logout(request);
    }
}
