package org.imagingnetwork.console.diary;

import java.util.List;

/** A row of the grid: a room and its sessions, one list per day of the grid (in the grid's day order). */
public record GridRoom(String id, String name, String modality, String siteName, List<List<SessionCell>> days) {
    public GridRoom {
        days = days.stream().map(List::copyOf).toList();
    }
}
