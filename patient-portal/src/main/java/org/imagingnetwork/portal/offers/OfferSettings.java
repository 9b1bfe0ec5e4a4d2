package org.imagingnetwork.portal.offers;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;
import org.imagingnetwork.core.notify.QuietHours;

/**
 * How the offer engine behaves: how many patients are asked about one released slot at once, how
 * long each has to answer, how often every instance sweeps for releases it has not heard of, and
 * the quiet hours (London time) in which nobody is texted about a released slot.
 */
@ConfigurationProperties("portal.offers")
public record OfferSettings(
        @Min(1) int fanOut,
        @NotNull Duration answerWithin,
        @NotNull Duration sweepEvery,
        @NotNull LocalTime quietFrom,
        @NotNull LocalTime quietUntil) {

    QuietHours quietHours() {
        return new QuietHours(quietFrom, quietUntil);
    }
}
