package org.imagingnetwork.portal.signin;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.LoginHandler;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.patient.Language;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.portal.web.LocalPath;
import org.imagingnetwork.portal.web.SignedInPatient;

/**
 * Starts a patient's session once they have proved who they are. The session is a signed,
 * expiring token in an HttpOnly, Secure, SameSite cookie: no server keeps it, so any instance
 * serves the next request.
 */
@Singleton
class PatientLogin {

    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;

    PatientLogin(LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler) {
        this.loginHandler = loginHandler;
    }

    static Authentication authentication(PatientId patient, String via) {
        return Authentication.build(String.valueOf(patient.value()), List.of(SignedInPatient.ROLE), Map.of("via", via));
    }

    MutableHttpResponse<?> signIn(
            PatientId patient, Language language, String via, HttpRequest<?> request, Optional<String> next) {
        MutableHttpResponse<?> response = loginHandler.loginSuccess(authentication(patient, via), request);
        next.map(LocalPath::orHome)
                .filter(path -> !path.equals("/"))
                .ifPresent(path -> response.getHeaders().set(HttpHeaders.LOCATION, path));
        if (language == Language.CY && request.getCookies().findCookie("lang").isEmpty()) {
            response.cookie(Cookie.of("lang", "cy")
                    .path("/")
                    .maxAge(Duration.ofDays(365))
                    .httpOnly(true)
                    .secure(true)
                    .sameSite(SameSite.Lax));
        }
        return response;
    }
}
