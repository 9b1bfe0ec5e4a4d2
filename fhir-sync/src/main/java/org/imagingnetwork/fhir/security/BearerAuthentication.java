package org.imagingnetwork.fhir.security;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import java.util.Optional;

/**
 * Every call but the CapabilityStatement must carry {@code Authorization: Bearer <token>} of a
 * known caller. The caller is kept on the request for the providers, which act for it alone.
 */
@Interceptor
public final class BearerAuthentication {

    private static final String CALLER = BearerAuthentication.class.getName() + ".caller";

    private final BearerTokens<?> tokens;
    private final String callerKind;

    /** @param callerKind what a caller is, for the refusal: "trust", "channel" */
    public BearerAuthentication(BearerTokens<?> tokens, String callerKind) {
        this.tokens = tokens;
        this.callerKind = callerKind;
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    public void authenticate(RequestDetails request, RestOperationTypeEnum operation) {
        if (operation == RestOperationTypeEnum.METADATA) {
            return;
        }
        String header = request.getHeader("Authorization");
        Optional<?> caller = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? tokens.callerOf(header.substring(7).trim())
                : Optional.empty();
        if (caller.isEmpty()) {
            throw new AuthenticationException("Give your " + callerKind + "'s bearer token in the Authorization header")
                    .addAuthenticateHeaderForRealm("imaging-network");
        }
        request.getUserData().put(CALLER, caller.get());
    }

    /** Who made this call; set for every authenticated request. */
    public static <C> C callerOf(RequestDetails request, Class<C> type) {
        Object caller = request.getUserData().get(CALLER);
        if (!type.isInstance(caller)) {
            throw new AuthenticationException("Not authenticated");
        }
        return type.cast(caller);
    }
}
