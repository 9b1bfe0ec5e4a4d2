package org.imagingnetwork.fhir.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The bearer token each caller of an endpoint presents (a trust's RIS, a booking channel), by
 * caller. Only SHA-256 digests are kept, and a presented token is compared with every entry in
 * constant time, so neither memory nor timing gives a token away.
 *
 * @param <C> who calls: a trust's ODS code, a channel's name
 */
public final class BearerTokens<C> {

    private final Map<C, byte[]> digests;

    private BearerTokens(Map<C, byte[]> digests) {
        this.digests = Map.copyOf(digests);
    }

    public static <C> BearerTokens<C> of(Map<C, String> tokens) {
        Map<C, byte[]> digests = new HashMap<>();
        tokens.forEach((caller, token) -> {
            if (token == null || token.length() < 16) {
                throw new IllegalArgumentException("The token of " + caller + " must be at least 16 characters");
            }
            digests.put(caller, digest(token));
        });
        return new BearerTokens<>(digests);
    }

    /**
     * {@code caller1=token1,caller2=token2}, as the environment variable {@code variable} holds them;
     * {@code caller} reads (and checks) each caller's name.
     */
    public static <C> BearerTokens<C> parse(String setting, String variable, Function<String, C> caller) {
        Map<C, String> tokens = new HashMap<>();
        for (String pair : setting.split(",")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(variable + " entries are caller=token, separated by commas");
            }
            tokens.put(
                    caller.apply(pair.substring(0, equals).trim()),
                    pair.substring(equals + 1).trim());
        }
        return of(tokens);
    }

    /** Whose token this is, if anyone's. */
    public Optional<C> callerOf(String presented) {
        byte[] digest = digest(presented);
        C match = null;
        for (Map.Entry<C, byte[]> entry : digests.entrySet()) {
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
