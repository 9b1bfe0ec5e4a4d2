package org.imagingnetwork.portal.reminders;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;
import org.imagingnetwork.core.notify.QuietHours;

/**
 * Appointment reminders: how often every instance looks for reminders due, and the quiet hours
 * (London time) in which none is sent — the same hours as released-slot offers unless configured
 * otherwise; a reminder held overnight goes in the morning.
 */
@ConfigurationProperties("portal.reminders")
public record ReminderSettings(
        @NotNull Duration sweepEvery,
        @NotNull LocalTime quietFrom,
        @NotNull LocalTime quietUntil) {

    QuietHours quietHours() {
        return new QuietHours(quietFrom, quietUntil);
    }
}
