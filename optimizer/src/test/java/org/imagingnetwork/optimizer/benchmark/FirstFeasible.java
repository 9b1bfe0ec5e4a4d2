package org.imagingnetwork.optimizer.benchmark;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.imagingnetwork.optimizer.allocation.PartitionedSolve;

/**
 * Hears a partitioned solve and notes when each group first had a feasible plan. The whole network
 * has its first feasible plan when the last group that has slots to fill has one.
 */
final class FirstFeasible implements PartitionedSolve.Listener {

    private final long startedNanos = System.nanoTime();
    private final Set<String> groups;
    private final Map<String, Duration> firstFeasible = new ConcurrentHashMap<>();

    /** @param groups the groups that have slots, and so are solved */
    FirstFeasible(Set<String> groups) {
        this.groups = Set.copyOf(groups);
    }

    @Override
    public boolean shouldStop() {
        return false;
    }

    @Override
    public void firstPlan(String group, LocalDate week, BendableLongScore score) {
        improved(group, score);
    }

    @Override
    public void improved(String group, BendableLongScore score) {
        if (score.isFeasible()) {
            firstFeasible.putIfAbsent(group, Duration.ofNanos(System.nanoTime() - startedNanos));
        }
    }

    /** From the start of solving until every group had a feasible plan; empty if one never did. */
    Optional<Duration> wholeNetwork() {
        if (!firstFeasible.keySet().containsAll(groups)) {
            return Optional.empty();
        }
        return firstFeasible.values().stream().max(Duration::compareTo);
    }

    Map<String, Duration> byGroup() {
        return Map.copyOf(firstFeasible);
    }
}
