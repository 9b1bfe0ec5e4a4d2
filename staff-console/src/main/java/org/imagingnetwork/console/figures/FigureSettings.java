package org.imagingnetwork.console.figures;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * How often the console rebuilds the figures in the background ({@code FIGURES_REFRESH_EVERY}), and
 * how soon after it starts; the pages say it, next to how fresh the figures are.
 */
@ConfigurationProperties("console.figures")
record FigureSettings(
        @NotNull Duration refreshEvery, @NotNull Duration firstRefreshAfter) {}
