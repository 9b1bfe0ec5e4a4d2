package org.imagingnetwork.core.signin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque signed tokens: a random value and its HMAC, {@code value.signature}, both base64url. The
 * token carries nothing but randomness; the signature lets the apps refuse forged or mistyped
 * tokens without a database round trip.
 */
public final class Hmac {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public Hmac(String secret, String purpose) {
        // One key per purpose, so a CSRF token can never pass as a sign-in link or the other way round.
        this.key = new SecretKeySpec(sign(secret.getBytes(StandardCharsets.UTF_8), purpose), "HmacSHA256");
    }

    public static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    public String tokenFor(byte[] value) {
        return ENCODER.encodeToString(value) + "." + ENCODER.encodeToString(signature(value));
    }

    /** The random value inside a token, if the token is well formed and its signature is ours. */
    public Optional<byte[]> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return Optional.empty();
        }
        try {
            byte[] value = DECODER.decode(token.substring(0, dot));
            byte[] given = DECODER.decode(token.substring(dot + 1));
            return MessageDigest.isEqual(given, signature(value)) ? Optional.of(value) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] signature(byte[] value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal(value);
            byte[] truncated = new byte[16];
            System.arraycopy(full, 0, truncated, 0, truncated.length);
            return truncated;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] sign(byte[] secret, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
