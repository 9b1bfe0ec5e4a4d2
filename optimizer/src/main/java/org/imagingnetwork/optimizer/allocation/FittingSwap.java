package org.imagingnetwork.optimizer.allocation;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SwapMove;

/** Lets local search swap two requests' slots only when each fits the other's slot. */
public final class FittingSwap implements SelectionFilter<AllocationPlan, SwapMove<AllocationPlan>> {

    @Override
    public boolean accept(ScoreDirector<AllocationPlan> scoreDirector, SwapMove<AllocationPlan> move) {
        Placement left = (Placement) move.getLeftEntity();
        Placement right = (Placement) move.getRightEntity();
        if (left.slot() == right.slot()) {
            return false;
        }
        return fits(left, right.slot()) && fits(right, left.slot());
    }

    private static boolean fits(Placement placement, OpenSlot slot) {
        return slot == null || placement.request().fits(slot);
    }
}
