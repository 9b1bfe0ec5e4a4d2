package org.imagingnetwork.console.figures;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.imagingnetwork.core.bi.TurnaroundTargets;

/**
 * The network's turnaround targets in days from referral ({@code TURNAROUND_TARGET_VETTED_DAYS} and
 * so on); the defaults and their source are in docs/bi.md.
 */
@ConfigurationProperties("console.figures.turnaround-targets")
record TurnaroundTargetSettings(
        @Min(1) @Max(TurnaroundTargets.MAX_DAYS) int vettedDays,
        @Min(1) @Max(TurnaroundTargets.MAX_DAYS) int appointedDays,
        @Min(1) @Max(TurnaroundTargets.MAX_DAYS) int scannedDays,
        @Min(1) @Max(TurnaroundTargets.MAX_DAYS) int reportedDays) {

    TurnaroundTargets targets() {
        return new TurnaroundTargets(vettedDays, appointedDays, scannedDays, reportedDays);
    }
}
