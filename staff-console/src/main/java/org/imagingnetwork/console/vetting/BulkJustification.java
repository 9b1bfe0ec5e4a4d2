package org.imagingnetwork.console.vetting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.core.request.RequestCommand;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestOutcome;

/**
 * Justifies several routine referrals with one protocol: each through its own command, so each
 * gets its own event and audit row and one that fails (taken by a colleague meanwhile, not
 * routine, outside the radiologist's trusts) leaves the others justified and is listed by request.
 */
final class BulkJustification {

    /** The prefix of each referral's checkbox on the queue: one named field per referral, value "yes". */
    static final String SELECT = "select-";

    private final VettingQueries queries;
    private final VettingDecisions decisions;

    BulkJustification(VettingQueries queries, VettingDecisions decisions) {
        this.queries = queries;
        this.decisions = decisions;
    }

    BulkResult justify(StaffUser user, List<String> requests, String protocol, String why) {
        List<BulkResult.Line> lines = new ArrayList<>();
        for (String id : requests) {
            lines.add(new BulkResult.Line(id, justifyOne(user, id, protocol, why)));
        }
        return new BulkResult(lines);
    }

    private BulkResult.Outcome justifyOne(StaffUser user, String id, String protocol, String why) {
        if (!id.matches("[0-9]{1,18}")) {
            return BulkResult.Outcome.NOT_FOUND;
        }
        long request = Long.parseLong(id);
        if (queries.referringTrust(request).filter(user.scope()::covers).isEmpty()) {
            return BulkResult.Outcome.NOT_FOUND;
        }
        String[] priorityAndState = queries.priorityAndState(request).orElseThrow();
        if (!"ROUTINE".equals(priorityAndState[0])) {
            return BulkResult.Outcome.NOT_ROUTINE;
        }
        RequestOutcome outcome = decisions.justify(
                user,
                new RequestCommand.Justify(
                        new RequestId(request),
                        protocol,
                        OptionalInt.empty(),
                        Optional.empty(),
                        OptionalInt.empty(),
                        user.actor().name()),
                why + " (several justified together)");
        if (outcome instanceof RequestOutcome.Changed changed) {
            return changed.events().size() > 1 ? BulkResult.Outcome.APPOINTABLE : BulkResult.Outcome.VETTED;
        }
        return BulkResult.Outcome.NOT_TO_VET;
    }
}
