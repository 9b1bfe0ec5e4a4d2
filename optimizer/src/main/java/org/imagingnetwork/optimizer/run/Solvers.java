package org.imagingnetwork.optimizer.run;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import java.time.Duration;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;
import org.imagingnetwork.optimizer.allocation.AllocationSolving;
import org.imagingnetwork.optimizer.diary.DiaryPlan;
import org.imagingnetwork.optimizer.diary.DiarySolving;

/**
 * The solver factories and managers of one application instance, built once and closed when the
 * application stops. There is no Timefold integration for Micronaut: the application makes this a
 * singleton bean (it is {@link AutoCloseable}), as a factory per run would leak Metaspace.
 * Each run sets its own time limit through a config override.
 *
 * <p>An allocation run solves all its groups at once (a modality, or a modality in one ICS: at most
 * 42 in the West Midlands), so the allocation manager runs up to {@link #ALLOCATION_PARTS_AT_ONCE}
 * solvers side by side; its threads are made only when parts are solved.
 */
public final class Solvers implements AutoCloseable {

    static final int ALLOCATION_PARTS_AT_ONCE = 64;

    /** A network diary run solves one part per ICS at once (six in the West Midlands). */
    static final int DIARY_PARTS_AT_ONCE = 16;

    private final SolverFactory<AllocationPlan> allocationFactory;
    private final SolverManager<AllocationPlan, String> allocation;
    private final SolutionManager<AllocationPlan, BendableLongScore> allocationAnalysis;
    private final SolverFactory<DiaryPlan> diaryFactory;
    private final SolverManager<DiaryPlan, String> diary;
    private final SolutionManager<DiaryPlan, HardSoftLongScore> diaryAnalysis;

    private Solvers(SolverFactory<AllocationPlan> allocationFactory, SolverFactory<DiaryPlan> diaryFactory) {
        this.allocationFactory = allocationFactory;
        this.allocation = SolverManager.create(
                allocationFactory,
                new SolverManagerConfig().withParallelSolverCount(String.valueOf(ALLOCATION_PARTS_AT_ONCE)));
        this.allocationAnalysis = SolutionManager.create(allocationFactory);
        this.diaryFactory = diaryFactory;
        this.diary = SolverManager.create(
                diaryFactory, new SolverManagerConfig().withParallelSolverCount(String.valueOf(DIARY_PARTS_AT_ONCE)));
        this.diaryAnalysis = SolutionManager.create(diaryFactory);
    }

    public static Solvers create() {
        return new Solvers(
                SolverFactory.create(
                        AllocationSolving.within(Duration.ofMinutes(1)).solverConfig()),
                SolverFactory.create(DiarySolving.within(Duration.ofMinutes(1)).solverConfig()));
    }

    public SolverFactory<AllocationPlan> allocationFactory() {
        return allocationFactory;
    }

    public SolverManager<AllocationPlan, String> allocation() {
        return allocation;
    }

    public SolutionManager<AllocationPlan, BendableLongScore> allocationAnalysis() {
        return allocationAnalysis;
    }

    public SolverFactory<DiaryPlan> diaryFactory() {
        return diaryFactory;
    }

    public SolverManager<DiaryPlan, String> diary() {
        return diary;
    }

    public SolutionManager<DiaryPlan, HardSoftLongScore> diaryAnalysis() {
        return diaryAnalysis;
    }

    @Override
    public void close() {
        allocation.close();
        diary.close();
    }
}
