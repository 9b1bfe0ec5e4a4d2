package org.imagingnetwork.fhir.slotsearch;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import java.util.Optional;

/** Every call but the CapabilityStatement carries a booking channel's bearer token. */
@Interceptor
public final class ChannelAuthentication {

    private static final String CHANNEL = ChannelAuthentication.class.getName() + ".channel";

    private final ChannelTokens tokens;

    public ChannelAuthentication(ChannelTokens tokens) {
        this.tokens = tokens;
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    public void authenticate(RequestDetails request, RestOperationTypeEnum operation) {
        if (operation == RestOperationTypeEnum.METADATA) {
            return;
        }
        String header = request.getHeader("Authorization");
        Optional<String> channel = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? tokens.channelOf(header.substring(7).trim())
                : Optional.empty();
        if (channel.isEmpty()) {
            throw new AuthenticationException("Give your channel's bearer token in the Authorization header")
                    .addAuthenticateHeaderForRealm("imaging-network");
        }
        request.getUserData().put(CHANNEL, channel.get());
    }

    static String channelOf(RequestDetails request) {
        Object channel = request.getUserData().get(CHANNEL);
        if (!(channel instanceof String name)) {
            throw new AuthenticationException("Not authenticated");
        }
        return name;
    }
}
