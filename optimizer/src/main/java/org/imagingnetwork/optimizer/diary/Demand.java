package org.imagingnetwork.optimizer.diary;

import java.util.Objects;

/**
 * What one locality needs of one exam family over the horizon, in scanner minutes: the forecast of
 * new referrals, the backlog its waiting list already carries, and of that backlog the patients due
 * in the horizon (who breach six weeks, or whose planned exam falls due, before it ends, and those
 * already past it). The forecast and the backlog due together are the demand the diary is sized to;
 * the rest of the backlog can still wait, and goes to the lists furthest behind.
 */
public record Demand(
        String locality, String family, long minutes, long backlogMinutes, long dueMinutes, int horizonWeeks) {

    public Demand {
        Objects.requireNonNull(locality, "locality");
        Objects.requireNonNull(family, "family");
        if (minutes < 0 || backlogMinutes < 0 || dueMinutes < 0) {
            throw new IllegalArgumentException("demand and backlog cannot be negative");
        }
        if (dueMinutes > backlogMinutes) {
            throw new IllegalArgumentException("the backlog due cannot exceed the backlog");
        }
        if (horizonWeeks < 1) {
            throw new IllegalArgumentException("horizonWeeks must be at least 1");
        }
    }

    /** The minutes the horizon must hold: forecast referrals and the waiting patients due in it. */
    public long dueInHorizon() {
        return minutes + dueMinutes;
    }

    /** Whole weeks of demand the waiting list is behind, at least one when there is any backlog. */
    public long weeksBehind() {
        if (backlogMinutes == 0) {
            return 0;
        }
        long weekly = Math.max(1, minutes / horizonWeeks);
        return Math.max(1, (backlogMinutes + weekly - 1) / weekly);
    }

    /** Minutes of the demand due in the horizon the given capacity leaves uncovered. */
    public long shortfall(long capacityMinutes) {
        return Math.max(0, dueInHorizon() - capacityMinutes);
    }

    /** What a minute short of the demand due costs: once more than a minute of this list's other backlog. */
    public long shortfallWeight() {
        return 1 + weeksBehind();
    }

    /** Backlog not due in the horizon left after capacity beyond the demand due has worked some off. */
    public long backlogLeft(long capacityMinutes) {
        return Math.max(0, backlogMinutes - dueMinutes - Math.max(0, capacityMinutes - dueInHorizon()));
    }

    /** Minutes of the backlog due that capacity reaches once the forecast referrals are served. */
    public long dueMet(long capacityMinutes) {
        return Math.min(dueMinutes, Math.max(0, capacityMinutes - minutes));
    }

    /** What this demand costs the diary's score with the given capacity: the two goals' penalties together. */
    public long cost(long capacityMinutes) {
        return shortfall(capacityMinutes) * shortfallWeight() + backlogLeft(capacityMinutes) * weeksBehind();
    }
}
