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

    private final SolverFactory<AllocationPlan> solverFactory;

    /** @param solverFactory built once for the application (a factory per call leaks Metaspace) */
    public DisruptionReplanner(SolverFactory<AllocationPlan> solverFactory) {
        this.solverFactory = Objects.requireNonNull(solverFactory, "solverFactory");
    }

    public DisruptionReplan replan(AllocationPlan booked, RoomClosure closure) {
        List<OpenSlot> open =
                booked.slots().stream().filter(slot -> !closure.closes(slot)).toList();
        List<Placement> placements = new ArrayList<>();
        Map<Placement, OpenSlot> lost = new HashMap<>();
        for (Placement placement : booked.placements()) {
            if (!placement.booked()) {
                continue;
            }
            if (closure.closes(placement.slot())) {
                Placement displaced = Placement.displaced(placement.request(), placement.horizon());
                placements.add(displaced);
                lost.put(displaced, placement.slot());
            } else {
                placements.add(Placement.booked(placement.request(), placement.horizon(), placement.slot()));
            }
        }
        AllocationPlan solved = lost.isEmpty()
                ? new AllocationPlan(booked.horizon(), open, placements)
                : solverFactory.buildSolver().solve(new AllocationPlan(booked.horizon(), open, placements));
        return new DisruptionReplan(closure, outcomes(solved, lost), solved);
    }

    private static List<Rehousing> outcomes(AllocationPlan solved, Map<Placement, OpenSlot> lost) {
        Set<OpenSlot> taken = new HashSet<>();
        Map<Long, OpenSlot> lostByRequest = new HashMap<>();
        lost.forEach(
                (placement, slot) -> lostByRequest.put(placement.request().id().value(), slot));
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
