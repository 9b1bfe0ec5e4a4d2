package org.imagingnetwork.console.booking;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;

/**
 * Sign-in links the booking office sends patients: they are the portal's, so the console signs them
 * with the portal's link secret and points them at the portal's address.
 *
 * @param portalUrl where patients reach the portal (PORTAL_PUBLIC_URL)
 * @param secret the portal's link secret (PORTAL_LINK_SECRET)
 * @param lifetime how long a link works, as the portal's own links do
 * @param resendPause how soon after a link another one needs the clerk to say they mean it
 */
@ConfigurationProperties("console.sign-in-links")
public record SignInLinkSettings(
        @NotNull URI portalUrl,
        @NotBlank @Size(min = 32) String secret,
        @NotNull Duration lifetime,
        @NotNull Duration resendPause) {}
