package org.imagingnetwork.optimizer.disruption;

import ai.timefold.solver.core.api.solver.SolverFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;
import org.imagingnetwork.optimizer.allocation.OpenSlot;
import org.imagingnetwork.optimizer.allocation.Placement;

/**
 * Re-plans around a closure with a fast new solve: the patients booked into the closed room on the
 * closed days become free to move, every other booking stays pinned where it is, the closed slots
 * leave the plan, and the solver finds each displaced patient the best other slot. Waiting-list
 * proposals are not part of this solve: they are not bookings, and a new allocation run can follow.
 */
public final class DisruptionReplanner {

    /** Solves a problem whose displaced patients are free to move; a run's solve reports progress and stops when asked. */
    @FunctionalInterface
    public interface Solve {
        AllocationPlan solve(AllocationPlan problem);
    }

    private final Solve solve;

    /** @param solverFactory built once for the application (a factory per call leaks Metaspace) */
    public DisruptionReplanner(SolverFactory<AllocationPlan> solverFactory) {
        Objects.requireNonNull(solverFactory, "solverFactory");
        this.solve = problem -> solverFactory.buildSolver().solve(problem);
    }

    private DisruptionReplanner(Solve solve) {
        this.solve = Objects.requireNonNull(solve, "solve");
    }

    /** A re-planner that solves with the caller's solve: a run's, on its solver manager. */
    public static DisruptionReplanner solvingWith(Solve solve) {
        return new DisruptionReplanner(solve);
    }

    public DisruptionReplan replan(AllocationPlan booked, RoomClosure closure) {
        Map<Long, OpenSlot> lost = new HashMap<>();
        for (Placement placement : booked.placements()) {
            if (placement.booked() && closure.closes(placement.slot())) {
                lost.put(placement.request().id().value(), placement.slot());
            }
        }
        AllocationPlan problem = problem(booked, closure);
        AllocationPlan solved = lost.isEmpty() ? problem : solve.solve(problem);
        return new DisruptionReplan(closure, outcomes(solved, lost), solved);
    }

    /**
     * The plan to solve: the closed slots gone, the patients booked into them displaced (free, first in
     * line), everyone else booked pinned where they are, and nobody from the waiting list.
     */
    public static AllocationPlan problem(AllocationPlan booked, RoomClosure closure) {
        List<OpenSlot> open =
                booked.slots().stream().filter(slot -> !closure.closes(slot)).toList();
        List<Placement> placements = new ArrayList<>();
        for (Placement placement : booked.placements()) {
            if (!placement.booked()) {
                continue;
            }
            placements.add(
                    closure.closes(placement.slot())
                            ? Placement.displaced(placement.request(), placement.horizon())
                            : Placement.booked(placement.request(), placement.horizon(), placement.slot()));
        }
        return new AllocationPlan(booked.horizon(), open, placements);
    }

    private static List<Rehousing> outcomes(AllocationPlan solved, Map<Long, OpenSlot> lostByRequest) {
        Set<OpenSlot> taken = new HashSet<>();
        for (Placement placement : solved.placements()) {
            if (placement.placed()) {
                taken.add(placement.slot());
            }
        }
        List<Rehousing> outcomes = new ArrayList<>();
        for (Placement placement : solved.placements()) {
            if (!placement.displaced()) {
                continue;
            }
            OpenSlot was = lostByRequest.get(placement.request().id().value());
            outcomes.add(
                    placement.placed()
                            ? new Rehousing.Rebooked(placement.request(), was, placement.slot())
                            : new Rehousing.NoSlot(
                                    placement.request(),
                                    was,
                                    NoSlotReason.of(placement.request(), solved.slots(), taken)));
        }
        return outcomes;
    }
}
