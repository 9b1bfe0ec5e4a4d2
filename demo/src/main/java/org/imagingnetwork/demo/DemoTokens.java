package org.imagingnetwork.demo;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.imagingnetwork.core.network.Trust;

/** Fresh bearer tokens for the demo's FHIR boundary: one per trust of the network and one for the NHS App. */
record DemoTokens(Map<String, String> perTrust, String nhsApp) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static DemoTokens forTrusts(List<Trust> trusts) {
        Map<String, String> perTrust = new LinkedHashMap<>();
        trusts.forEach(trust -> perTrust.put(trust.odsCode().value(), randomSecret()));
        return new DemoTokens(perTrust, randomSecret());
    }

    /** 24 random bytes, 32 characters: what the demo uses for every token and key. */
    static String randomSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** FHIR_TRUST_TOKENS and FHIR_CHANNEL_TOKENS, as the boundary's environment takes them. */
    String environment() {
        return "FHIR_TRUST_TOKENS=" + pairs(perTrust) + "\nFHIR_CHANNEL_TOKENS=nhs-app=" + nhsApp + "\n";
    }

    /** For a person to read and copy into curl. */
    String listing() {
        return "# Demo bearer tokens, made afresh each run\nnhs-app=" + nhsApp + "\n"
                + perTrust.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue() + "\n")
                        .collect(Collectors.joining());
    }

    private static String pairs(Map<String, String> tokens) {
        return tokens.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }
}
