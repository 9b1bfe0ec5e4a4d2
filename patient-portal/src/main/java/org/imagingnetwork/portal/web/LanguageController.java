package org.imagingnetwork.portal.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.time.Duration;

/** The English/Cymraeg switch: remembers the choice in a cookie and goes back to the same page. */
@Produces(MediaType.TEXT_HTML)
@Controller("/language")
@Secured(SecurityRule.IS_ANONYMOUS)
final class LanguageController {

    static final String COOKIE = "lang";

    @Get("/{language}")
    HttpResponse<?> choose(@PathVariable String language, @QueryValue @Nullable String back) {
        String tag = "cy".equals(language) ? "cy" : "en";
        return HttpResponse.seeOther(URI.create(LocalPath.orHome(back)))
                .cookie(Cookie.of(COOKIE, tag)
                        .path("/")
                        .maxAge(Duration.ofDays(365))
                        .httpOnly(true)
                        .secure(true)
                        .sameSite(SameSite.Lax));
    }
}
