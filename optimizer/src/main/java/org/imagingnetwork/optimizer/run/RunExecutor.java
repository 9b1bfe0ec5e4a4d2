package org.imagingnetwork.optimizer.run;

/** Solves a claimed run. */
@FunctionalInterface
interface RunExecutor {
    RunOutcome execute(Run run, RunControl control) throws InterruptedException;

    /** Allocation, diary and disruption runs, each by their own solver. */
    static RunExecutor of(PlanningData data, Solvers solvers, RunStore store) {
        AllocationRun allocation = new AllocationRun(data, solvers);
        DiaryRun diary = new DiaryRun(data, solvers);
        DisruptionRun disruption = new DisruptionRun(data, solvers, store);
        return (run, control) -> switch (run.kind()) {
            case ALLOCATION -> allocation.execute(run, control);
            case DIARY -> diary.execute(run, control);
            case DISRUPTION -> disruption.execute(run, control);
        };
    }
}
