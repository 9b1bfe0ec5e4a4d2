package org.imagingnetwork.optimizer.run;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverStatus;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.imagingnetwork.core.diary.SessionPlan;
import org.imagingnetwork.core.network.Ics;
import org.imagingnetwork.optimizer.diary.DiaryPlan;
import org.imagingnetwork.optimizer.diary.DiaryResult;
import org.imagingnetwork.optimizer.diary.DiaryWeights;

/**
 * Solves a diary run one part per integrated care system: demand is forecast per ICS and staff work
 * within their trust, so nothing ties one ICS's diary to another's. The parts are solved side by
 * side, each with the run's whole time limit, as an allocation's groups are: solved one after
 * another, the last ICS would not start its construction until five sixths of the limit had gone,
 * and a whole-network diary would have no complete plan until then.
 */
final class DiaryRun {

    private final DiaryParts data;
    private final Solvers solvers;

    DiaryRun(DiaryParts data, Solvers solvers) {
        this.data = data;
        this.solvers = solvers;
    }

    RunOutcome.Diary execute(Run run, RunControl control) throws InterruptedException {
        DiaryWeights weights = new DiaryWeights(
                run.settings().perSessionChange(), run.settings().perStaffChange());
        Duration limit = Duration.ofSeconds(run.settings().secondsLimit());
        Map<String, DiaryPlan> problems = new LinkedHashMap<>();
        for (RunScope part : parts(run.scope())) {
            DiaryPlan problem = data.diary(run.id(), part, weights);
            if (!problem.sessions().isEmpty()) {
                problems.put(part.code().orElse("network"), problem);
            }
        }
        Progress progress = new Progress(control, problems.keySet());
        Map<String, SolverJob<DiaryPlan, String>> jobs = new LinkedHashMap<>();
        problems.forEach((key, problem) -> jobs.put(
                key,
                solvers.diary()
                        .solveBuilder()
                        .withProblemId(run.id() + "/" + key)
                        .withProblem(problem)
                        .withConfigOverride(new SolverConfigOverride<DiaryPlan>()
                                .withTerminationConfig(new TerminationConfig()
                                        .withSpentLimit(limit)
                                        .withUnimprovedSpentLimit(atLeastOneSecond(limit.dividedBy(10)))))
                        .withFirstInitializedSolutionEventConsumer(event -> {
                            if (!event.isTerminatedEarly()) {
                                progress.complete(key, event.solution().score());
                            }
                        })
                        .withBestSolutionEventConsumer(
                                event -> progress.improved(key, event.solution().score()))
                        .run()));
        List<SessionPlan> sessions = new ArrayList<>();
        HardSoftLongScore total = HardSoftLongScore.ZERO;
        for (SolverJob<DiaryPlan, String> job : jobs.values()) {
            DiaryPlan solved = await(job, jobs.values(), control);
            total = total.add(solved.score());
            sessions.addAll(DiaryResult.sessions(solved));
        }
        return new RunOutcome.Diary(control.shouldStop(), total.toShortString(), sessions);
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

    /** Waits for one part, stopping every part as soon as the run is asked to stop. */
    private static DiaryPlan await(
            SolverJob<DiaryPlan, String> job, Iterable<SolverJob<DiaryPlan, String>> all, RunControl control)
            throws InterruptedException {
        while (job.getSolverStatus() != SolverStatus.NOT_SOLVING) {
            if (control.shouldStop()) {
                all.forEach(SolverJob::terminateEarly);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        try {
            return job.getFinalBestSolution();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the diary failed to solve", e.getCause());
        }
    }

    private static Duration atLeastOneSecond(Duration duration) {
        return duration.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : duration;
    }

    /**
     * The run's best score: the sum of every part's best. It is feasible only once every part has a
     * complete plan from its construction (an empty diary breaks no rule, so a part's score before
     * then says nothing) and every part's best breaks no rule.
     */
    private static final class Progress {
        private final RunControl control;
        private final Set<String> expected;
        private final Set<String> complete = new HashSet<>();
        private final Map<String, HardSoftLongScore> best = new LinkedHashMap<>();

        Progress(RunControl control, Set<String> parts) {
            this.control = control;
            this.expected = Set.copyOf(parts);
        }

        synchronized void complete(String part, HardSoftLongScore score) {
            complete.add(part);
            improved(part, score);
        }

        synchronized void improved(String part, HardSoftLongScore score) {
            best.put(part, score);
            HardSoftLongScore sum = best.values().stream().reduce(HardSoftLongScore.ZERO, HardSoftLongScore::add);
            boolean feasible =
                    complete.containsAll(expected) && best.values().stream().allMatch(HardSoftLongScore::isFeasible);
            control.bestScore(sum.toShortString(), feasible);
        }
    }
}
