package org.imagingnetwork.optimizer.run;

/** Solves a claimed run. */
@FunctionalInterface
interface RunExecutor {
    RunOutcome execute(Run run, RunControl control) throws InterruptedException;

    /** Allocation and diary runs, each by their own solver. */
    static RunExecutor of(PlanningData data, Solvers solvers) {
        AllocationRun allocation = new AllocationRun(data, solvers);
        DiaryRun diary = new DiaryRun(data, solvers);
        return (run, control) -> switch (run.kind()) {
            case ALLOCATION -> allocation.execute(run, control);
            case DIARY -> diary.execute(run, control);
        };
    }
}
