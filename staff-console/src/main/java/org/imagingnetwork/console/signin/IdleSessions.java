package org.imagingnetwork.console.signin;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.TokenCookieLoginHandler;
import java.util.Map;
import java.util.stream.Collectors;
import org.imagingnetwork.console.access.SessionClaims;

/**
 * Ends a session after 15 minutes without a request, as NHS smartcard sessions do: the session
 * token lives only that long, and every request a signed-in member of staff makes gives them a
 * fresh one. Nothing is stored on a server, so any instance renews any session.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class IdleSessions {

    private final TokenCookieLoginHandler cookies;
    private final AccessTokenCookieConfiguration cookie;

    IdleSessions(TokenCookieLoginHandler cookies, AccessTokenCookieConfiguration cookie) {
        this.cookies = cookies;
        this.cookie = cookie;
    }

    // Signing a token may wait on the security module's reactive generator: never on an event loop.
    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void renew(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getPath().startsWith("/nhsuk/") || request.getPath().startsWith("/assets/")) {
            return;
        }
        boolean sessionAlreadySet = response.getHeaders().getAll(HttpHeaders.SET_COOKIE).stream()
                .anyMatch(header -> header.startsWith(cookie.getCookieName() + "="));
        if (sessionAlreadySet) {
            // Signing in or out has just set or cleared the session itself.
            return;
        }
        request.getUserPrincipal(Authentication.class)
                .map(IdleSessions::renewed)
                .ifPresent(authentication ->
                        cookies.getCookies(authentication, request).forEach(response::cookie));
    }

    /**
     * The same session with a new lifetime: only what the console put in it at sign-in, so the old
     * token's expiry and issue time are not carried over.
     */
    private static Authentication renewed(Authentication authentication) {
        Map<String, Object> claims = SessionClaims.ALL.stream()
                .filter(authentication.getAttributes()::containsKey)
                .collect(Collectors.toMap(
                        c -> c, c -> authentication.getAttributes().get(c)));
        return Authentication.build(authentication.getName(), authentication.getRoles(), claims);
    }
}
