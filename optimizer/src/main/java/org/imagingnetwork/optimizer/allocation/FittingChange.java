package org.imagingnetwork.optimizer.allocation;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;

/**
 * Lets local search try only changes into slots that fit the request and that no booked patient
 * holds: others could never be part of a feasible plan, and skipping them before scoring is what
 * makes search at network scale affordable. Taking a request out of its slot is always allowed.
 */
public final class FittingChange implements SelectionFilter<AllocationPlan, ChangeMove<AllocationPlan>> {

    @Override
    public boolean accept(ScoreDirector<AllocationPlan> scoreDirector, ChangeMove<AllocationPlan> move) {
        Placement placement = (Placement) move.getEntity();
        OpenSlot slot = (OpenSlot) move.getToPlanningValue();
        return slot == null || (!slot.booked() && placement.request().fits(slot));
    }
}
