package org.imagingnetwork.console.audit;

import java.util.List;
import org.imagingnetwork.core.audit.AuditEntry;

/** One page of the audit log as the page shows it, and how many entries the filter matches in all. */
public record AuditEntries(List<AuditEntry> entries, long total, int page, int pageSize) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
