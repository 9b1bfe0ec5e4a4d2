package org.imagingnetwork.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each trust's bearer token for {@code /fhir/ris}, read from the boundary's own setting
 * ({@code FHIR_TRUST_TOKENS}, {@code ODS=token,ODS=token}; docs/operations.md), which the load run
 * passes on as {@code -Dload.trustTokens}: a trust's RIS reports with its own token only.
 */
record TrustTokens(Map<String, String> byTrust) {

    static TrustTokens parse(String setting) {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String entry : setting.split(",")) {
            String[] parts = entry.strip().split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException(
                        "load.trustTokens: each entry is ODS=token, as FHIR_TRUST_TOKENS; not " + entry);
            }
            tokens.put(parts[0].strip(), parts[1].strip());
        }
        return new TrustTokens(Map.copyOf(tokens));
    }

    String of(String trust) {
        String token = byTrust.get(trust);
        if (token == null) {
            throw new IllegalArgumentException("load.trustTokens has no token for trust " + trust);
        }
        return token;
    }
}
