package org.imagingnetwork.fhir.inbound;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import java.util.Optional;
import org.imagingnetwork.core.network.OdsCode;

/**
 * Every call but the CapabilityStatement must carry {@code Authorization: Bearer <token>} of a
 * trust. The trust is kept on the request for the providers, which act for it alone.
 */
@Interceptor
public final class TrustAuthentication {

    private static final String TRUST = TrustAuthentication.class.getName() + ".trust";

    private final TrustTokens tokens;

    public TrustAuthentication(TrustTokens tokens) {
        this.tokens = tokens;
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    public void authenticate(RequestDetails request, RestOperationTypeEnum operation) {
        if (operation == RestOperationTypeEnum.METADATA) {
            return;
        }
        String header = request.getHeader("Authorization");
        Optional<OdsCode> trust = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? tokens.trustOf(header.substring(7).trim())
                : Optional.empty();
        if (trust.isEmpty()) {
            throw new AuthenticationException("Give your trust's bearer token in the Authorization header")
                    .addAuthenticateHeaderForRealm("imaging-network");
        }
        request.getUserData().put(TRUST, trust.get());
    }

    /** The trust that made this call; set for every authenticated request. */
    static OdsCode callerOf(RequestDetails request) {
        Object trust = request.getUserData().get(TRUST);
        if (!(trust instanceof OdsCode ods)) {
            throw new AuthenticationException("Not authenticated");
        }
        return ods;
    }
}
