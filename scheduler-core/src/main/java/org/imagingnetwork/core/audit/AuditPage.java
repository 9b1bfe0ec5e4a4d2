package org.imagingnetwork.core.audit;

import java.util.List;

/** One page of a filtered audit log, newest first, with how many entries the whole filter matches. */
public record AuditPage(List<AuditEntry> entries, long total) {
    public AuditPage {
        entries = List.copyOf(entries);
    }
}
