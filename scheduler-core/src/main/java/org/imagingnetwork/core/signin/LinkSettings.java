package org.imagingnetwork.core.signin;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * What every app that makes or reads sign-in links must agree on: where patients reach the portal,
 * the key links are signed with (the portal's link secret), and how long a link works.
 */
public record LinkSettings(URI portalUrl, String secret, Duration lifetime) {

    public LinkSettings {
        Objects.requireNonNull(portalUrl, "portalUrl");
        Objects.requireNonNull(lifetime, "lifetime");
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("a link secret has at least 32 characters");
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a link works for some time");
        }
    }
}
