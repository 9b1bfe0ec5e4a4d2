package org.imagingnetwork.console.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;

/**
 * Where the console's servers are. Every value has a local default that works on a developer's
 * machine; production sets them from the environment.
 */
@ConfigurationProperties("console")
public record ConsoleSettings(
        @NotBlank String databaseUrl,
        @Min(1) int databasePoolSize,
        @NotNull URI redisUrl,
        @NotNull String redisKeyPrefix) {}
