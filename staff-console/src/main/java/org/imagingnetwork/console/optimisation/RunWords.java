package org.imagingnetwork.console.optimisation;

import org.imagingnetwork.optimizer.run.RunKind;
import org.imagingnetwork.optimizer.run.RunState;
import org.imagingnetwork.optimizer.run.SolvePhase;

/** Run kinds and states as a service manager reads them. */
final class RunWords {

    private RunWords() {}

    static String kind(RunKind kind) {
        return switch (kind) {
            case ALLOCATION -> "Waiting-list allocation";
            case DIARY -> "Diary building";
            case DISRUPTION -> "Disruption re-plan";
        };
    }

    /** What publishing a run does about what moved since it started, in the stale warning's words. */
    static String publishingStale(RunKind kind) {
        return switch (kind) {
            case ALLOCATION -> "Publishing skips offers to patients no longer waiting and slots no longer free.";
            case DIARY ->
                "Publishing writes the planned sessions over the diary as it is now: a session staff blocked stays"
                        + " blocked, and no slot an appointment or an offer holds is removed.";
            case DISRUPTION ->
                "Publishing leaves where they are the patients whose appointment or proposed new time has changed.";
        };
    }

    static String step(SolvePhase phase) {
        return switch (phase) {
            case SOLVING -> "Solving";
            case LEVELLING -> "Levelling the sites' waits";
        };
    }

    static String state(RunState state) {
        return switch (state) {
            case QUEUED -> "Waiting for a solver";
            case SOLVING -> "Solving";
            case SOLVED -> "Solved";
            case STOPPED -> "Stopped (best plan kept)";
            case FAILED -> "Failed";
            case PUBLISHED -> "Published";
        };
    }

    /** Whether the run will still change: its page keeps listening while it does. */
    static boolean live(RunState state) {
        return state == RunState.QUEUED || state == RunState.SOLVING;
    }
}
