package org.imagingnetwork.optimizer.run;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverStatus;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.imagingnetwork.core.network.Ics;
import org.imagingnetwork.optimizer.diary.DiaryPlan;
import org.imagingnetwork.optimizer.diary.DiaryWeights;
import org.imagingnetwork.optimizer.diary.PlannedSession;

/**
 * Solves a diary run one integrated care system at a time: demand is forecast per ICS and staff
 * work within their trust, so nothing ties one ICS's diary to another's.
 */
final class DiaryRun {

    private final PlanningData data;
    private final Solvers solvers;

    DiaryRun(PlanningData data, Solvers solvers) {
        this.data = data;
        this.solvers = solvers;
    }

    RunOutcome.Diary execute(Run run, RunControl control) throws InterruptedException {
        List<RunScope> parts = parts(run.scope());
        DiaryWeights weights = new DiaryWeights(
                run.settings().perSessionChange(), run.settings().perStaffChange());
        Duration perPart = Duration.ofSeconds(run.settings().secondsLimit()).dividedBy(parts.size());
        if (perPart.compareTo(Duration.ofSeconds(1)) < 0) {
            perPart = Duration.ofSeconds(1);
        }
        List<PlannedSession> sessions = new ArrayList<>();
        HardSoftLongScore total = HardSoftLongScore.ZERO;
        boolean stopped = false;
        for (RunScope part : parts) {
            DiaryPlan problem = data.diary(run.id(), part, weights);
            if (problem.sessions().isEmpty()) {
                continue;
            }
            HardSoftLongScore before = total;
            SolverJob<DiaryPlan, String> job = solvers.diary()
                    .solveBuilder()
                    .withProblemId(run.id() + "/" + part.code().orElse("network"))
                    .withProblem(problem)
                    .withConfigOverride(new SolverConfigOverride<DiaryPlan>()
                            .withTerminationConfig(new TerminationConfig().withSpentLimit(perPart)))
                    .withBestSolutionEventConsumer(event -> {
                        HardSoftLongScore now = before.add(event.solution().score());
                        control.bestScore(now.toShortString(), now.isFeasible());
                    })
                    .run();
            DiaryPlan solved = await(job, control);
            stopped |= control.shouldStop();
            total = total.add(solved.score());
            sessions.addAll(PlannedSession.from(solved));
        }
        return new RunOutcome.Diary(stopped, total.toShortString(), sessions);
    }

    private List<RunScope> parts(RunScope scope) {
        if (scope.level() != ScopeLevel.NETWORK) {
            return List.of(scope);
        }
        return data.network().integratedCareSystems().stream()
                .map(Ics::code)
                .sorted()
                .map(code -> new RunScope(ScopeLevel.ICS, Optional.of(code), scope.modality(), scope.horizon()))
                .toList();
    }

    /** Waits for a part, stopping it as soon as the run is asked to stop. */
    private static DiaryPlan await(SolverJob<DiaryPlan, String> job, RunControl control) throws InterruptedException {
        while (job.getSolverStatus() != SolverStatus.NOT_SOLVING) {
            if (control.shouldStop()) {
                job.terminateEarly();
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        try {
            return job.getFinalBestSolution();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the diary failed to solve", e.getCause());
        }
    }
}
