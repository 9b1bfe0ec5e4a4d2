package org.imagingnetwork.console.optimisation;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * How this console instance takes part in optimisation runs.
 *
 * @param pollEvery how often the instance looks for queued runs, and how often a watched run's page
 *     reads its stored progress
 * @param lease how long a claim on a run lasts unless renewed: an instance that dies loses its runs to
 *     another after this long
 */
@ConfigurationProperties("console.optimisation")
public record OptimisationSettings(
        @Bindable(defaultValue = "1s") @NotNull Duration pollEvery,
        @Bindable(defaultValue = "30s") @NotNull Duration lease) {}
