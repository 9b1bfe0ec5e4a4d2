package org.imagingnetwork.portal.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Where the portal's servers are and the secrets it signs with. Every value has a local default
 * that works on a developer's machine; production sets them from the environment.
 *
 * @param publicUrl the address patients reach the portal at, for links in messages
 * @param linkSecret HMAC key for sign-in links and CSRF tokens
 * @param maxAnswerAttempts wrong date-of-birth/postcode answers after which a link locks for good
 * @param answerAttemptsPerAddress answers one network address may give in five minutes, across all links
 * @param trustedProxies the load balancers' addresses (CIDR), whose {@code X-Forwarded-For} is believed
 */
@ConfigurationProperties("portal")
public record PortalSettings(
        @NotBlank String databaseUrl,
        @Min(1) int databasePoolSize,
        @NotNull URI redisUrl,
        @NotNull String redisKeyPrefix,
        @NotNull URI publicUrl,
        @NotBlank @Size(min = 32) String linkSecret,
        @NotNull Duration linkLifetime,
        @Min(1) int maxAnswerAttempts,
        @Min(1) int answerAttemptsPerAddress,
        @NotNull Duration holdLength,
        @NotNull List<String> trustedProxies) {}
