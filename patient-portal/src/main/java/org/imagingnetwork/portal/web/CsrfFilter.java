package org.imagingnetwork.portal.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Signed double-submit CSRF protection for every form. Each browser gets an HttpOnly, Secure, SameSite=Lax
 * cookie holding a signed random token; every form carries the same token in a hidden field; a
 * state-changing request without a matching, correctly signed pair is refused before it reaches a
 * controller. Nothing is stored on the server, so any instance can check any request.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CsrfFilter implements Ordered {

    static final String COOKIE = "portal_csrf";
    static final String FIELD = "csrfToken";
    static final String ATTRIBUTE = "portal.csrf.new";
    private static final Set<HttpMethod> UNSAFE =
            EnumSet.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final Hmac hmac;
    private final FilterBodyParser bodyParser;

    CsrfFilter(PortalSettings settings, FilterBodyParser bodyParser) {
        this.hmac = new Hmac(settings.linkSecret(), "csrf");
        this.bodyParser = bodyParser;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    CompletableFuture<@Nullable HttpResponse<?>> check(HttpRequest<?> request) {
        Optional<String> cookie = request.getCookies()
                .findCookie(COOKIE)
                .map(Cookie::getValue)
                .filter(v -> hmac.verify(v).isPresent());
        if (cookie.isEmpty()) {
            request.setAttribute(ATTRIBUTE, hmac.tokenFor(Hmac.randomBytes(16)));
        }
        if (!UNSAFE.contains(request.getMethod())) {
            return CompletableFuture.completedFuture(null);
        }
        if (cookie.isEmpty()) {
            return CompletableFuture.failedFuture(new CsrfRejected());
        }
        return bodyParser
                .parseBody(request)
                .thenCompose(form -> matches(cookie.get(), form)
                        ? CompletableFuture.<HttpResponse<?>>completedFuture(null)
                        : CompletableFuture.<HttpResponse<?>>failedFuture(new CsrfRejected()));
    }

    @ResponseFilter
    void issueCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class)
                .ifPresent(token -> response.cookie(Cookie.of(COOKIE, token)
                        .path("/")
                        .httpOnly(true)
                        .secure(true)
                        .sameSite(SameSite.Lax)));
    }

    /** The token a form on this response must carry. */
    static Optional<String> tokenFor(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class)
                .or(() -> request.getCookies().findCookie(COOKIE).map(Cookie::getValue));
    }

    private static boolean matches(String cookie, Map<String, Object> form) {
        Object field = form.get(FIELD);
        if (field instanceof Iterable<?> values) {
            field = values.iterator().hasNext() ? values.iterator().next() : null;
        }
        return field != null
                && MessageDigest.isEqual(
                        field.toString().getBytes(StandardCharsets.UTF_8), cookie.getBytes(StandardCharsets.UTF_8));
    }
}
