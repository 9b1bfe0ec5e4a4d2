package org.imagingnetwork.core.bi;

import java.time.Instant;

/**
 * How fresh the figures are: the moment they describe (nothing after it is counted), and how many
 * refreshes have been made, for the page to say "figures as at 10:05".
 */
public record Freshness(Instant refreshedAt, long generation) {}
