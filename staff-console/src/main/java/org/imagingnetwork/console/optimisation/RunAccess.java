package org.imagingnetwork.console.optimisation;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.core.network.NetworkDirectory;
import org.imagingnetwork.core.network.Trust;
import org.imagingnetwork.optimizer.run.Run;
import org.imagingnetwork.optimizer.run.RunId;
import org.imagingnetwork.optimizer.run.RunService;

/**
 * Which runs and scopes a member of staff may work with. A run outside their scope answers as if it
 * did not exist, like an unknown id.
 */
@Singleton
class RunAccess {

    private final RunService runs;
    private final NetworkDirectory network;

    RunAccess(RunService runs, NetworkDirectory network) {
        this.runs = runs;
        this.network = network;
    }

    /** The run with this id if the member of staff may see it; otherwise {@link PageNotFound}. */
    Run run(String id, StaffUser user) {
        RunId runId;
        try {
            runId = new RunId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new PageNotFound();
        }
        return runs.run(runId).filter(run -> maySee(run, user)).orElseThrow(PageNotFound::new);
    }

    boolean maySee(Run run, StaffUser user) {
        return ScopeChoice.covers(user.scope(), run.scope(), network.trusts());
    }

    List<ScopeChoice> choices(StaffUser user) {
        return ScopeChoice.forStaff(user.scope(), network.integratedCareSystems(), network.trusts());
    }

    /** The trusts a run covers, to look for changes to their waiting lists. */
    List<String> trustsOf(Run run) {
        List<Trust> trusts = network.trusts();
        return ScopeChoice.trustsOf(run.scope(), trusts).stream().sorted().toList();
    }

    static LocalDate nextMonday(LocalDate today) {
        return today.plusDays(8 - today.getDayOfWeek().getValue());
    }
}
