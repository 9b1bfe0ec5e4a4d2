package org.imagingnetwork.console.vetting;

import java.util.List;

/** One page of the vetting queue, and how many referrals wait in all. */
public record QueuePage(List<QueueRow> rows, long total, int page, int pageSize, boolean routineOnly) {

    /** The query that keeps the page's view when moving between its pages. */
    public String view() {
        return routineOnly ? "routine=true&" : "";
    }

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
