package org.imagingnetwork.console.optimisation;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;
import org.imagingnetwork.core.notify.QuietHours;

/**
 * Telling the patients a published re-plan moved: how often every instance looks for patients still
 * to be told, and the quiet hours (London time) in which texts wait for the morning, as the portal's
 * offers do.
 */
@ConfigurationProperties("console.replan-notices")
public record ReplanNoticeSettings(
        @Bindable(defaultValue = "1m") @NotNull Duration every,
        @Bindable(defaultValue = "30s") @NotNull Duration firstAfter,
        @Bindable(defaultValue = "21:00") @NotNull LocalTime quietFrom,
        @Bindable(defaultValue = "08:00") @NotNull LocalTime quietUntil) {

    QuietHours quietHours() {
        return new QuietHours(quietFrom, quietUntil);
    }
}
