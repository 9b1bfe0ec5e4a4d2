package org.imagingnetwork.optimizer.diary;

import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * How a diary is solved: the crewed construction ({@link CrewedConstruction}: new sessions opened with
 * their whole crew; published ones left as published, so a re-plan starts from the published diary),
 * then late-acceptance local search. Local search moves whole sessions ({@link SessionMoves}: repair a
 * crew, re-type, stop, open) and single posts (change one person, swap two), the single moves only to
 * plausible values ({@link PlausibleDiaryMove}); a repair that needs a session's type and crew to
 * change together is one session move, so no step has to pass through a diary that breaks a rule.
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

    /**
     * Session moves and single-post moves in equal measure, and a session's type alone now and then
     * (it only helps where the crew already fits the other type). The weights are fixed, as by default
     * a selector is drawn in proportion to its size, and the posts outnumber the sessions three to one.
     */
    private static UnionMoveSelectorConfig moves() {
        return new UnionMoveSelectorConfig()
                .withMoveSelectors(
                        new MoveIteratorFactoryConfig()
                                .withMoveIteratorFactoryClass(SessionMoves.class)
                                .withFixedProbabilityWeight(1.0),
                        new ChangeMoveSelectorConfig()
                                .withEntitySelectorConfig(new EntitySelectorConfig(StaffPost.class))
                                .withFilterClass(PlausibleDiaryMove.class)
                                .withFixedProbabilityWeight(1.0),
                        new SwapMoveSelectorConfig()
                                .withEntitySelectorConfig(new EntitySelectorConfig(StaffPost.class))
                                .withFilterClass(PlausibleDiaryMove.class)
                                .withFixedProbabilityWeight(0.5),
                        new ChangeMoveSelectorConfig()
                                .withEntitySelectorConfig(new EntitySelectorConfig(RoomSession.class))
                                .withFilterClass(PlausibleDiaryMove.class)
                                .withFixedProbabilityWeight(0.2));
    }

    public SolverConfig solverConfig() {
        return new SolverConfig()
                .withSolutionClass(DiaryPlan.class)
                .withEntityClasses(RoomSession.class, StaffPost.class)
                .withConstraintProviderClass(DiaryConstraints.class)
                .withEnvironmentMode(environmentMode)
                .withPhases(
                        new CustomPhaseConfig().withCustomPhaseCommands(new CrewedConstruction()),
                        new LocalSearchPhaseConfig()
                                .withLocalSearchType(LocalSearchType.LATE_ACCEPTANCE)
                                .withMoveSelectorConfig(moves()))
                .withTerminationConfig(
                        new TerminationConfig().withSpentLimit(spentLimit).withUnimprovedSpentLimit(unimprovedLimit));
    }
}
