package org.imagingnetwork.console.waitinglist;

import java.util.List;

/** One page of the waiting list, and how many requests the filter matches in all. */
public record WorklistPage(List<WorklistRow> rows, long total, int page, int pageSize) {

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
