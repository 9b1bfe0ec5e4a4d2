package org.imagingnetwork.console.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.console.access.Scope;
import org.imagingnetwork.console.access.Scopes;
import org.imagingnetwork.console.access.SessionClaims;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Turns a CIS2 sign-in into a console session. The session's security roles are the permissions
 * of the role the user selected, so a role changed in CIS2 takes effect at the next sign-in and
 * never in the middle of a session. Each session gets its own random form token.
 */
@Singleton
@Named(Cis2Mapper.PROVIDER)
final class Cis2Mapper implements OpenIdAuthenticationMapper {

    static final String PROVIDER = "cis2";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Scopes scopes;

    Cis2Mapper(Scopes scopes) {
        this.scopes = scopes;
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(
            String providerName, OpenIdTokenResponse tokenResponse, OpenIdClaims claims, @Nullable State state) {
        return Mono.fromCallable(() -> map(claims.getClaims())).subscribeOn(Schedulers.boundedElastic());
    }

    AuthenticationResponse map(Map<String, Object> claims) {
        Cis2Claims cis2 = Cis2Claims.of(claims);
        if (cis2.userId().isBlank() || cis2.role().isEmpty()) {
            return AuthenticationResponse.failure("role");
        }
        Cis2Claims.Cis2Role role = cis2.role().get();
        Optional<Scope> scope = scopes.of(role.organisation());
        if (scope.isEmpty()) {
            return AuthenticationResponse.failure("organisation");
        }
        return AuthenticationResponse.success(
                cis2.userId(),
                role.role().permissions().stream().map(Enum::name).sorted().toList(),
                Map.of(
                        SessionClaims.NAME, cis2.name(),
                        SessionClaims.ROLE, role.role().name(),
                        SessionClaims.ORGANISATION, role.organisation(),
                        SessionClaims.FORM_TOKEN, newToken()));
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
