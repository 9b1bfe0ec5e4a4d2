package org.imagingnetwork.portal.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.filter.ServerFilterPhase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.signin.Hmac;

/**
 * Signed double-submit CSRF protection for every form. Each browser gets an HttpOnly, Secure,
 * SameSite=Lax cookie holding a signed random token; every form carries the same token in a hidden
 * field; a POST without a matching, correctly signed pair is refused before anything changes.
 * Nothing is stored on the server, so any instance can check any request.
 *
 * <p>The check is called by each POST handler with the form it bound, not done in this filter: a
 * filter that waits for the request body trips over Micronaut's legacy-filter chaining when the
 * body arrives after the headers, as it does from real browsers.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class CsrfFilter implements Ordered {

    static final String COOKIE = "portal_csrf";
    static final String FIELD = "csrfToken";
    private static final String NEW_TOKEN = "portal.csrf.new";
    private static final String USED = "portal.csrf.used";

    private final Hmac hmac;

    CsrfFilter(PortalSettings settings) {
        this.hmac = new Hmac(settings.linkSecret(), "csrf");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    void issue(HttpRequest<?> request) {
        if (cookieToken(request).isEmpty()) {
            request.setAttribute(NEW_TOKEN, hmac.tokenFor(Hmac.randomBytes(16)));
        }
    }

    @ResponseFilter
    void issueCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        // Only a page that put the new token in its forms sets the cookie: a stylesheet or script
        // fetched alongside must not replace the token the page's forms carry.
        if (request.getAttribute(USED).isEmpty()) {
            return;
        }
        request.getAttribute(NEW_TOKEN, String.class)
                .ifPresent(token -> response.cookie(Cookie.of(COOKIE, token)
                        .path("/")
                        .httpOnly(true)
                        .secure(true)
                        .sameSite(SameSite.Lax)));
    }

    /** Refuses (with the NHS-style error page) a form that does not carry this browser's token. */
    public void check(HttpRequest<?> request, @Nullable Map<String, String> form) {
        Optional<String> cookie = cookieToken(request);
        String field = form == null ? null : form.get(FIELD);
        if (cookie.isEmpty()
                || field == null
                || !MessageDigest.isEqual(
                        field.getBytes(StandardCharsets.UTF_8), cookie.get().getBytes(StandardCharsets.UTF_8))) {
            throw new CsrfRejected();
        }
    }

    /** The token a form on this response must carry. */
    static Optional<String> tokenFor(HttpRequest<?> request) {
        request.setAttribute(USED, Boolean.TRUE);
        return request.getAttribute(NEW_TOKEN, String.class)
                .or(() -> request.getCookies().findCookie(COOKIE).map(Cookie::getValue));
    }

    private Optional<String> cookieToken(HttpRequest<?> request) {
        return request.getCookies()
                .findCookie(COOKIE)
                .map(Cookie::getValue)
                .filter(v -> hmac.verify(v).isPresent());
    }
}
