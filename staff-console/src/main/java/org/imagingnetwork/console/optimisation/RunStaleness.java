package org.imagingnetwork.console.optimisation;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.imagingnetwork.optimizer.run.Run;
import org.imagingnetwork.optimizer.run.RunService;

/**
 * Whether a run is stale: what moved in its scope since it was asked for, on the waiting list
 * (requests that changed state) and in the diary (slots blocked, opened or added on the run's days,
 * by staff or by a published diary run, each of which writes a slot's outbox row for the trust's RIS;
 * and staff absences recorded or withdrawn for those days). A disruption re-plan's own closure, which
 * blocks the room's sessions just after the run is queued, is not a change it missed.
 */
@Singleton
class RunStaleness {

    /** What moved since a run started; publishing a run with anything moved asks for confirmation. */
    record Staleness(long requests, long slots, long absences) {
        public boolean stale() {
            return requests > 0 || slots > 0 || absences > 0;
        }

        /** For the publication's audit row. */
        public String describe() {
            return requests + " waiting-list changes, " + slots + " diary slot changes and " + absences
                    + " staff absence changes since the run started";
        }
    }

    private final OptimisationQueries queries;
    private final RunAccess access;
    private final RunService runs;
    private final Clock clock;

    RunStaleness(OptimisationQueries queries, RunAccess access, RunService runs, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.runs = runs;
        this.clock = clock;
    }

    Staleness of(Run run) {
        List<String> trusts = access.trustsOf(run);
        Instant now = clock.instant();
        return new Staleness(
                queries.requestChangesSince(
                        run.requestedAt(), now, trusts, run.scope().modality()),
                queries.diaryChangesSince(
                        run.requestedAt(),
                        now,
                        trusts,
                        run.scope().modality(),
                        run.scope().horizon(),
                        runs.closure(run.id())),
                queries.absenceChangesSince(
                        run.requestedAt(),
                        now,
                        trusts,
                        run.scope().modality(),
                        run.scope().horizon()));
    }
}
