package org.imagingnetwork.fhir.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.network.OdsCode;

/**
 * The bearer token each trust's RIS presents. Only SHA-256 digests are kept, and a presented token
 * is compared in constant time, so neither memory nor timing gives a token away.
 */
public final class TrustTokens {

    private final Map<OdsCode, byte[]> digests;

    private TrustTokens(Map<OdsCode, byte[]> digests) {
        this.digests = Map.copyOf(digests);
    }

    public static TrustTokens of(Map<OdsCode, String> tokens) {
        Map<OdsCode, byte[]> digests = new HashMap<>();
        tokens.forEach((trust, token) -> {
            if (token == null || token.length() < 16) {
                throw new IllegalArgumentException("The token of " + trust + " must be at least 16 characters");
            }
            digests.put(trust, digest(token));
        });
        return new TrustTokens(digests);
    }

    /** {@code RRK=token1,RJE=token2}, as the FHIR_TRUST_TOKENS environment variable holds them. */
    public static TrustTokens parse(String setting) {
        Map<OdsCode, String> tokens = new HashMap<>();
        for (String pair : setting.split(",")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("FHIR_TRUST_TOKENS entries are ODS=token");
            }
            tokens.put(
                    new OdsCode(pair.substring(0, equals).trim()),
                    pair.substring(equals + 1).trim());
        }
        return of(tokens);
    }

    /** The trust this token belongs to, if any. Every entry is compared, so timing says nothing. */
    public Optional<OdsCode> trustOf(String presented) {
        byte[] digest = digest(presented);
        OdsCode match = null;
        for (Map.Entry<OdsCode, byte[]> entry : digests.entrySet()) {
            if (MessageDigest.isEqual(entry.getValue(), digest)) {
                match = entry.getKey();
            }
        }
        return Optional.ofNullable(match);
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
