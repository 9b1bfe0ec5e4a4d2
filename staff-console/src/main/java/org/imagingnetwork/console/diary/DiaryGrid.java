package org.imagingnetwork.console.diary;

import java.time.LocalDate;
import java.util.List;

/** The grid of rooms by days, and its totals for the period. */
public record DiaryGrid(List<LocalDate> days, List<GridRoom> rooms, Totals totals) {

    public record Totals(int sessions, int booked, int free, int blocked, int toRebook, int understaffed) {}

    public DiaryGrid {
        days = List.copyOf(days);
        rooms = List.copyOf(rooms);
    }
}
