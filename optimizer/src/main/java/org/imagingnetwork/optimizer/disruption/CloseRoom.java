package org.imagingnetwork.optimizer.disruption;

import ai.timefold.solver.core.api.solver.change.ProblemChange;
import ai.timefold.solver.core.api.solver.change.ProblemChangeDirector;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;
import org.imagingnetwork.optimizer.allocation.OpenSlot;
import org.imagingnetwork.optimizer.allocation.Placement;

/**
 * A closure applied to an allocation the solver is running: the closed slots leave the plan, the
 * patients booked into them are unpinned and first in line for another slot, and proposals in them
 * are withdrawn. The solver then carries on from where it was; every other booking stays pinned.
 */
public record CloseRoom(RoomClosure closure) implements ProblemChange<AllocationPlan> {

    @Override
    public void doChange(AllocationPlan working, ProblemChangeDirector director) {
        List<OpenSlot> closed = working.slots().stream().filter(closure::closes).toList();
        Set<OpenSlot> closedSet = new HashSet<>(closed);
        for (Placement placement : working.placements()) {
            if (placement.slot() != null && closedSet.contains(placement.slot())) {
                if (placement.booked()) {
                    director.changeProblemProperty(placement, Placement::displace);
                }
                director.changeVariable(placement, "slot", p -> p.setSlot(null));
            }
        }
        for (OpenSlot slot : closed) {
            director.removeProblemFact(slot, working.slots()::remove);
        }
    }
}
