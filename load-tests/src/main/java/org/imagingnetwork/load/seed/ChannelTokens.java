package org.imagingnetwork.load.seed;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.imagingnetwork.core.network.Trust;

/**
 * Fresh bearer tokens for the FHIR boundary of a load run: one per trust of the network for
 * {@code /fhir/ris}, and the NHS App channel's for {@code /fhir/booking}, as the variables the boundary
 * reads (docs/operations.md) plus the channel's token again for the scenarios.
 */
record ChannelTokens(List<String> trustTokens, String channelToken) {

    static final String FILE = "platform.env";

    private static final SecureRandom RANDOM = new SecureRandom();

    static ChannelTokens forTrusts(List<Trust> trusts) {
        return new ChannelTokens(
                trusts.stream()
                        .map(trust -> trust.odsCode().value() + "=" + randomToken())
                        .toList(),
                randomToken());
    }

    String environment() {
        return "FHIR_TRUST_TOKENS=" + trustTokens.stream().collect(Collectors.joining(",")) + "\n"
                + "FHIR_CHANNEL_TOKENS=nhs-app=" + channelToken + "\n"
                + "LOAD_CHANNEL_TOKEN=" + channelToken + "\n";
    }

    /** 24 random bytes, 32 characters of URL-safe base64. */
    private static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
