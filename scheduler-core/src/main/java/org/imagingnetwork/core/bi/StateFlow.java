package org.imagingnetwork.core.bi;

import java.time.LocalDate;
import org.imagingnetwork.core.request.RequestState;

/**
 * How many times requests entered a state in one day or week ({@code period} is the day, or the
 * Monday of the week). A request that enters a state twice (waiting again after a cancelled
 * appointment) counts twice.
 */
public record StateFlow(LocalDate period, RequestState state, long entries) {}
