package org.imagingnetwork.optimizer.diary;

import java.util.Objects;

/**
 * The forecast demand of one locality for one exam family over the horizon, in scanner minutes,
 * and the backlog its waiting list already carries. Weeks behind (backlog over weekly demand) says
 * how far behind the list is.
 */
public record Demand(String locality, String family, long minutes, long backlogMinutes, int horizonWeeks) {

    public Demand {
        Objects.requireNonNull(locality, "locality");
        Objects.requireNonNull(family, "family");
        if (minutes < 0 || backlogMinutes < 0) {
            throw new IllegalArgumentException("demand and backlog cannot be negative");
        }
        if (horizonWeeks < 1) {
            throw new IllegalArgumentException("horizonWeeks must be at least 1");
        }
    }

    /** Whole weeks of demand the waiting list is behind, at least one when there is any backlog. */
    public long weeksBehind() {
        if (backlogMinutes == 0) {
            return 0;
        }
        long weekly = Math.max(1, minutes / horizonWeeks);
        return Math.max(1, (backlogMinutes + weekly - 1) / weekly);
    }

    /** Minutes of forecast demand the given capacity leaves uncovered. */
    public long shortfall(long capacityMinutes) {
        return Math.max(0, minutes - capacityMinutes);
    }

    /** Backlog minutes left after capacity beyond the forecast has worked some off. */
    public long backlogLeft(long capacityMinutes) {
        return Math.max(0, backlogMinutes - Math.max(0, capacityMinutes - minutes));
    }
}
