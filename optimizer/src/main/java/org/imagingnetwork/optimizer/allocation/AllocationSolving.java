package org.imagingnetwork.optimizer.allocation;

import ai.timefold.solver.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
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
 * How the allocation is solved: the earliest-fit fill (feasible at once), then late-acceptance
 * local search with changes and swaps that only try slots the request fits (see {@link #moves()}). There is no generic
 * construction heuristic: a request may stay unplaced, so the fill's plan is already complete, and a
 * generic one would try every slot for every request the fill could not place.
 */
public record AllocationSolving(Duration spentLimit, Duration unimprovedLimit, EnvironmentMode environmentMode) {

    public AllocationSolving {
        Objects.requireNonNull(spentLimit, "spentLimit");
        Objects.requireNonNull(unimprovedLimit, "unimprovedLimit");
        Objects.requireNonNull(environmentMode, "environmentMode");
        if (spentLimit.isZero() || spentLimit.isNegative()) {
            throw new IllegalArgumentException("spentLimit must be positive");
        }
    }

    /** For a manager's run: up to the given time, stopping early once nothing improves for a tenth of it. */
    public static AllocationSolving within(Duration spentLimit) {
        Duration unimproved = spentLimit.dividedBy(10);
        return new AllocationSolving(
                spentLimit,
                unimproved.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : unimproved,
                EnvironmentMode.PHASE_ASSERT);
    }

    public AllocationSolving withEnvironmentMode(EnvironmentMode mode) {
        return new AllocationSolving(spentLimit, unimprovedLimit, mode);
    }

    /**
     * Changes and swaps that only try slots the request fits, and now and then two swaps at once. A
     * pair of swaps on the same days shifts a few days of waiting between sites while every higher
     * level stays as it is, which evens out mean waits where any single swap shifts too many; it is
     * the move that closed the gap to the exact optimum on small lists (AllocationExactnessTest). The
     * weights are fixed, as by default a selector is drawn in proportion to its size and the pairs of
     * swaps (their count squared) would crowd out everything else.
     */
    private static UnionMoveSelectorConfig moves() {
        return new UnionMoveSelectorConfig()
                .withMoveSelectors(
                        new ChangeMoveSelectorConfig()
                                .withFilterClass(FittingChange.class)
                                .withFixedProbabilityWeight(1.0),
                        new SwapMoveSelectorConfig()
                                .withFilterClass(FittingSwap.class)
                                .withFixedProbabilityWeight(1.0),
                        new CartesianProductMoveSelectorConfig()
                                .withMoveSelectors(
                                        new SwapMoveSelectorConfig().withFilterClass(FittingSwap.class),
                                        new SwapMoveSelectorConfig().withFilterClass(FittingSwap.class))
                                .withFixedProbabilityWeight(0.25));
    }

    public SolverConfig solverConfig() {
        return new SolverConfig()
                .withSolutionClass(AllocationPlan.class)
                .withEntityClasses(Placement.class)
                .withConstraintProviderClass(AllocationConstraints.class)
                .withEnvironmentMode(environmentMode)
                .withPhases(
                        new CustomPhaseConfig().withCustomPhaseCommands(new EarliestFitFill()),
                        new LocalSearchPhaseConfig()
                                .withLocalSearchType(LocalSearchType.LATE_ACCEPTANCE)
                                .withMoveSelectorConfig(moves()))
                .withTerminationConfig(
                        new TerminationConfig().withSpentLimit(spentLimit).withUnimprovedSpentLimit(unimprovedLimit));
    }
}
