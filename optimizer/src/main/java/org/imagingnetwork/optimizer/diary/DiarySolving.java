package org.imagingnetwork.optimizer.diary;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * How a diary is solved: a first-fit construction of session types, then of staff (sessions and
 * posts start from their published values, so a re-plan starts from the published diary), then
 * late-acceptance local search over both. Construction tries only plausible values
 * ({@link PlausibleDiaryMove}); local search tries any, as a repair may need to pass through a
 * diary that breaks a rule for a step (moving someone off leave-day session by way of another).
 */
public record DiarySolving(Duration spentLimit, Duration unimprovedLimit, EnvironmentMode environmentMode) {

    public DiarySolving {
        Objects.requireNonNull(spentLimit, "spentLimit");
        Objects.requireNonNull(unimprovedLimit, "unimprovedLimit");
        Objects.requireNonNull(environmentMode, "environmentMode");
        if (spentLimit.isZero() || spentLimit.isNegative()) {
            throw new IllegalArgumentException("spentLimit must be positive");
        }
    }

    public static DiarySolving within(Duration spentLimit) {
        Duration unimproved = spentLimit.dividedBy(10);
        return new DiarySolving(
                spentLimit,
                unimproved.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : unimproved,
                EnvironmentMode.PHASE_ASSERT);
    }

    /** Session types first, so that staff are then chosen for what each session runs. */
    private static ConstructionHeuristicPhaseConfig construct(Class<?> entityClass, String variable) {
        String placer = entityClass.getSimpleName() + "Placer";
        return new ConstructionHeuristicPhaseConfig()
                .withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                        .withEntitySelectorConfig(
                                new EntitySelectorConfig().withId(placer).withEntityClass(entityClass))
                        .withMoveSelectorConfigs(new ChangeMoveSelectorConfig()
                                .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef(placer))
                                .withValueSelectorConfig(new ValueSelectorConfig(variable))
                                .withFilterClass(PlausibleDiaryMove.class)));
    }

    public SolverConfig solverConfig() {
        return new SolverConfig()
                .withSolutionClass(DiaryPlan.class)
                .withEntityClasses(RoomSession.class, StaffPost.class)
                .withConstraintProviderClass(DiaryConstraints.class)
                .withEnvironmentMode(environmentMode)
                .withPhases(
                        construct(RoomSession.class, "type"),
                        construct(StaffPost.class, "staff"),
                        new LocalSearchPhaseConfig().withLocalSearchType(LocalSearchType.LATE_ACCEPTANCE))
                .withTerminationConfig(
                        new TerminationConfig().withSpentLimit(spentLimit).withUnimprovedSpentLimit(unimprovedLimit));
    }
}
