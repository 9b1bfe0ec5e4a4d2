package org.imagingnetwork.operations;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers that keep patient records out of frames, caches and other sites' Referer logs (a portal
 * sign-in link's token is in its URL), and allow only the app's own scripts and styles. The portal
 * and the console answer with the same ones.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeaders {

    @ResponseFilter
    void add(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                        + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
        response.header("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: browsers then send a real Origin on form posts (no-referrer makes
        // it "null", which the server rightly refuses), and nothing leaks to other sites.
        response.header("Referrer-Policy", "same-origin");
        response.header("X-Frame-Options", "DENY");
        boolean asset =
                request.getPath().startsWith("/nhsuk/") || request.getPath().startsWith("/assets/");
        if (!asset) {
            response.header("Cache-Control", "no-store");
        }
    }
}
