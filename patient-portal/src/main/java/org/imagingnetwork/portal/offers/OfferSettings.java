package org.imagingnetwork.portal.offers;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * How the offer engine behaves: how many patients are asked about one released slot at once, how
 * long each has to answer, and how often every instance sweeps for releases it has not heard of.
 */
@ConfigurationProperties("portal.offers")
public record OfferSettings(
        @Min(1) int fanOut,
        @NotNull Duration answerWithin,
        @NotNull Duration sweepEvery) {}
