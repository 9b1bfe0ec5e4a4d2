package org.imagingnetwork.console.vetting;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.request.CommandAudit;
import org.imagingnetwork.core.request.RequestCommand;
import org.imagingnetwork.core.request.RequestEvent;
import org.imagingnetwork.core.request.RequestOutcome;
import org.imagingnetwork.core.request.RequestService;
import org.imagingnetwork.core.request.RequestState;

/**
 * A radiologist's decisions, carried out by core's request service with the audit row each one
 * writes in its own transaction: who decided, in which role, for which organisation, and what came
 * of it (the rule that made the request appointable, if one did).
 */
@Singleton
final class VettingDecisions {

    static final String JUSTIFIED = "REQUEST_JUSTIFIED";
    static final String REJECTED = "REQUEST_REJECTED";

    private final RequestService requests;

    VettingDecisions(RequestService requests) {
        this.requests = requests;
    }

    RequestOutcome justify(StaffUser user, RequestCommand.Justify command, String why) {
        CommandAudit audit = (changed, events) -> AuditRecord.by(
                user.staffActor(),
                JUSTIFIED,
                Optional.of(changed.patient()),
                "Request " + changed.id() + " justified with protocol '"
                        + command.protocol().strip() + "'; " + afterwards(events),
                why);
        return requests.justify(command, audit);
    }

    RequestOutcome reject(StaffUser user, RequestCommand.Reject command) {
        CommandAudit audit = (changed, events) -> AuditRecord.by(
                user.staffActor(),
                REJECTED,
                Optional.of(changed.patient()),
                "Request " + changed.id() + " rejected at vetting; the referrer is told the reason",
                command.reason().strip());
        return requests.reject(command, audit);
    }

    private static String afterwards(List<RequestEvent> events) {
        return events.stream()
                .filter(e -> e.to() == RequestState.WAITING)
                .map(RequestEvent::reason)
                .findFirst()
                .orElse("vetted, not yet appointable");
    }
}
