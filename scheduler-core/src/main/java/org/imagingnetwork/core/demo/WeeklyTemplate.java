package org.imagingnetwork.core.demo;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.SiteKind;

/**
 * The outpatient lists one room runs in a normal week. Only part of a hospital X-ray room's week is
 * bookable outpatient work — the rest is the emergency department and the wards, which the network
 * diary does not hold — while CDC rooms exist for booked outpatients and run nearly every cell.
 */
record WeeklyTemplate(Room room, SiteKind kind, List<Cell> cells) {

    WeeklyTemplate {
        cells = List.copyOf(cells);
    }

    /** One list in the week: the day, the part of the day, and what it runs. */
    record Cell(DayOfWeek day, Period period, Period.ClockSpan span, ListPlan plan) {}

    static WeeklyTemplate draw(Room room, SiteKind kind, Map<ExamCode, Exam> catalogue, Dice dice) {
        List<Cell> cells = new ArrayList<>();
        Cell fallback = null;
        for (DayOfWeek day : DayOfWeek.values()) {
            for (Period period : Period.values()) {
                if (!period.runs(kind, room.modality(), day)) {
                    continue;
                }
                boolean kept = dice.chance(share(kind, room.modality()));
                if (kept || fallback == null) {
                    int index = kept ? cells.size() : 0;
                    ListPlan plan = ListPlan.of(ListRotation.forCell(room, index), room, catalogue);
                    Cell cell = new Cell(day, period, period.span(kind, day).orElseThrow(), plan);
                    if (kept) {
                        cells.add(cell);
                    } else {
                        fallback = cell;
                    }
                }
            }
        }
        // Every room runs at least one list a week, or it would not be in the network's diary at all.
        if (cells.isEmpty() && fallback != null) {
            cells.add(fallback);
        }
        return new WeeklyTemplate(room, kind, cells);
    }

    /** The share of the cells a room could run that are booked outpatient lists. */
    private static double share(SiteKind kind, Modality modality) {
        return switch (modality) {
            case XR -> kind == SiteKind.ACUTE ? 0.25 : kind == SiteKind.CDC ? 0.6 : 0.5;
            case US -> kind == SiteKind.ACUTE ? 0.45 : kind == SiteKind.CDC ? 0.7 : 0.5;
            case CT -> kind == SiteKind.ACUTE ? 0.4 : 0.7;
            case MR -> kind == SiteKind.ACUTE ? 0.8 : 0.85;
            case DEXA, MAMMOGRAPHY, FLUOROSCOPY -> 0.6;
        };
    }
}
