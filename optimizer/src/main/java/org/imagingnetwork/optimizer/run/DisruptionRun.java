package org.imagingnetwork.optimizer.run;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverStatus;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;
import org.imagingnetwork.optimizer.disruption.DisruptionReplan;
import org.imagingnetwork.optimizer.disruption.DisruptionReplanner;
import org.imagingnetwork.optimizer.disruption.Rehousing;
import org.imagingnetwork.optimizer.disruption.RoomClosure;

/**
 * Solves a disruption re-plan: the bookings of the run's scope and days, with the patients of the
 * closed room displaced ({@link DisruptionReplanner}), solved on the allocation {@code SolverManager}
 * so that the run reports its best score as it improves and stops when a manager asks.
 */
final class DisruptionRun {

    private final PlanningData data;
    private final Solvers solvers;
    private final RunStore store;

    DisruptionRun(PlanningData data, Solvers solvers, RunStore store) {
        this.data = data;
        this.solvers = solvers;
        this.store = store;
    }

    RunOutcome.Disruption execute(Run run, RunControl control) {
        RoomClosure closure = store.closure(run.id())
                .orElseThrow(() -> new IllegalStateException("disruption run " + run.id() + " has no closure"));
        AllocationPlan booked = data.disruption(run.id(), run.scope(), closure);
        DisruptionReplan replan = DisruptionReplanner.solvingWith(problem -> solve(run, problem, control))
                .replan(booked, closure);
        AllocationPlan solved = replan.plan();
        solvers.allocationAnalysis().update(solved);
        List<ProposedMove> moves =
                replan.patients().stream().map(DisruptionRun::move).toList();
        return new RunOutcome.Disruption(control.shouldStop(), solved.score().toShortString(), moves);
    }

    private static ProposedMove move(Rehousing patient) {
        return patient instanceof Rehousing.Rebooked rebooked
                ? ProposedMove.to(
                        rebooked.request().id(),
                        rebooked.lost().id(),
                        rebooked.slot().id())
                : ProposedMove.none(patient.request().id(), patient.lost().id(), ((Rehousing.NoSlot) patient).reason());
    }

    private AllocationPlan solve(Run run, AllocationPlan problem, RunControl control) {
        Duration limit = Duration.ofSeconds(run.settings().secondsLimit());
        Duration unimproved = limit.dividedBy(10);
        SolverJob<AllocationPlan, String> job = solvers.allocation()
                .solveBuilder()
                .withProblemId(run.id() + "/disruption")
                .withProblem(problem)
                .withConfigOverride(new SolverConfigOverride<AllocationPlan>()
                        .withTerminationConfig(new TerminationConfig()
                                .withSpentLimit(limit)
                                .withUnimprovedSpentLimit(
                                        unimproved.compareTo(Duration.ofSeconds(1)) < 0
                                                ? Duration.ofSeconds(1)
                                                : unimproved)))
                .withBestSolutionEventConsumer(event -> control.bestScore(
                        event.solution().score().toShortString(),
                        event.solution().score().isFeasible()))
                .run();
        try {
            while (job.getSolverStatus() != SolverStatus.NOT_SOLVING) {
                if (control.shouldStop()) {
                    job.terminateEarly();
                }
                TimeUnit.MILLISECONDS.sleep(200);
            }
            return job.getFinalBestSolution();
        } catch (InterruptedException e) {
            job.terminateEarly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the re-plan was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the re-plan failed to solve", e.getCause());
        }
    }
}
