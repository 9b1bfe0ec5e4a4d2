package org.imagingnetwork.fhir.slotsearch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bearer tokens of the other booking channels (the NHS App, e-RS), by channel name. Only
 * digests are kept and every comparison runs in constant time.
 */
public final class ChannelTokens {

    private final Map<String, byte[]> digests;

    private ChannelTokens(Map<String, byte[]> digests) {
        this.digests = Map.copyOf(digests);
    }

    public static ChannelTokens of(Map<String, String> tokens) {
        Map<String, byte[]> digests = new HashMap<>();
        tokens.forEach((channel, token) -> {
            if (!channel.matches("[a-z0-9-]{2,40}") || token == null || token.length() < 16) {
                throw new IllegalArgumentException("Channel names are lower-case words; tokens at least 16 characters");
            }
            digests.put(channel, digest(token));
        });
        return new ChannelTokens(digests);
    }

    /** {@code nhs-app=token1,e-rs=token2}, as FHIR_CHANNEL_TOKENS holds them. */
    public static ChannelTokens parse(String setting) {
        Map<String, String> tokens = new HashMap<>();
        for (String pair : setting.split(",")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("FHIR_CHANNEL_TOKENS entries are channel=token");
            }
            tokens.put(
                    pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
        return of(tokens);
    }

    Optional<String> channelOf(String presented) {
        byte[] digest = digest(presented);
        String match = null;
        for (Map.Entry<String, byte[]> entry : digests.entrySet()) {
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
