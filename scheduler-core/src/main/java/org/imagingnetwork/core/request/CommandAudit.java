package org.imagingnetwork.core.request;

import java.util.List;
import org.imagingnetwork.core.audit.AuditRecord;

/**
 * The audit row a staff command writes with its change, in the command's own transaction: made
 * from the request as the command left it and the moves it made (so it can name the rule that
 * fired), and written only when the command changed something.
 */
@FunctionalInterface
public interface CommandAudit {
    AuditRecord of(Request changed, List<RequestEvent> events);
}
