package org.imagingnetwork.portal.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.portal.web.SignedInPatient;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Turns an NHS login identity into a portal session. Only identities proved to P9 (high level of
 * proof, as NHS login names it) may see health information; the patient is found by the NHS
 * number NHS login vouches for.
 */
@Singleton
@Named(NhsLoginMapper.PROVIDER)
final class NhsLoginMapper implements OpenIdAuthenticationMapper {

    static final String PROVIDER = "nhslogin";
    static final String PROOFING_LEVEL = "identity_proofing_level";
    static final String NHS_NUMBER = "nhs_number";
    static final String REQUIRED_LEVEL = "P9";

    private final PatientIdentities patients;

    NhsLoginMapper(PatientIdentities patients) {
        this.patients = patients;
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(
            String providerName, OpenIdTokenResponse tokenResponse, OpenIdClaims claims, @Nullable State state) {
        return Mono.fromCallable(() -> map(claims.getClaims())).subscribeOn(Schedulers.boundedElastic());
    }

    AuthenticationResponse map(Map<String, Object> claims) {
        if (!REQUIRED_LEVEL.equals(String.valueOf(claims.get(PROOFING_LEVEL)))) {
            return AuthenticationResponse.failure("proofing");
        }
        Optional<PatientIdentities.Identity> patient =
                NhsNumber.parse(String.valueOf(claims.get(NHS_NUMBER))).flatMap(patients::byNhsNumber);
        if (patient.isEmpty()) {
            return AuthenticationResponse.failure("unknown");
        }
        return AuthenticationResponse.success(
                String.valueOf(patient.get().id().value()), List.of(SignedInPatient.ROLE), Map.of("via", "nhslogin"));
    }
}
