package org.imagingnetwork.optimizer.allocation;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The waiting-list allocation problem and its solution: the slots of a horizon, every request to
 * place (waiting ones free, booked ones pinned), and the score.
 *
 * <p>The score has one hard level and six soft levels. First, patients whose booking a closure took
 * away get another slot; then, in the order the network asked for: urgent and two-week-wait targets,
 * six-week breaches, weighted wait, evenness of mean waits across sites, patient travel. A higher
 * level always wins over any amount of a lower one.
 */
@PlanningSolution
public class AllocationPlan {

    public static final int HARD_LEVELS = 1;
    public static final int SOFT_LEVELS = 6;

    @ProblemFactProperty
    private Horizon horizon;

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<OpenSlot> slots;

    @PlanningEntityCollectionProperty
    private List<Placement> placements;

    @PlanningScore(bendableHardLevelsSize = HARD_LEVELS, bendableSoftLevelsSize = SOFT_LEVELS)
    private BendableLongScore score;

    /** For the solver's cloning only. */
    AllocationPlan() {}

    public AllocationPlan(Horizon horizon, List<OpenSlot> slots, List<Placement> placements) {
        this.horizon = Objects.requireNonNull(horizon, "horizon");
        this.slots = new ArrayList<>(slots);
        this.placements = new ArrayList<>(placements);
    }

    public Horizon horizon() {
        return horizon;
    }

    public List<OpenSlot> slots() {
        return slots;
    }

    public List<Placement> placements() {
        return placements;
    }

    public BendableLongScore score() {
        return score;
    }

    public void setScore(BendableLongScore score) {
        this.score = score;
    }
}
