package org.imagingnetwork.core.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.SiteKind;

/**
 * The parts of a day a room's list can run in, with the clock times each kind of site uses. Acute
 * hospitals run evening and Saturday lists on their scanners only; CDCs, built for extra capacity, run
 * 8 to 8 on weekdays and seven days a week for CT and MRI; community hospitals keep office hours.
 */
enum Period {
    MORNING,
    AFTERNOON,
    EVENING;

    /** The wall-clock span of this period at a kind of site on a day, if that site runs lists then. */
    Optional<ClockSpan> span(SiteKind kind, DayOfWeek day) {
        boolean weekday = day.getValue() <= 5;
        return switch (kind) {
            case ACUTE ->
                weekday
                        ? Optional.of(
                                switch (this) {
                                    case MORNING -> ClockSpan.of(8, 30, 12, 30);
                                    case AFTERNOON -> ClockSpan.of(13, 30, 17, 30);
                                    case EVENING -> ClockSpan.of(17, 30, 20, 0);
                                })
                        : day == DayOfWeek.SATURDAY && this == MORNING
                                ? Optional.of(ClockSpan.of(9, 0, 13, 0))
                                : Optional.empty();
            case CDC ->
                Optional.of(
                        switch (this) {
                            case MORNING -> ClockSpan.of(8, 0, 12, 0);
                            case AFTERNOON -> ClockSpan.of(12, 30, 16, 30);
                            case EVENING -> ClockSpan.of(16, 30, 20, 0);
                        });
            case COMMUNITY_HOSPITAL ->
                weekday && this != EVENING
                        ? Optional.of(this == MORNING ? ClockSpan.of(9, 0, 12, 30) : ClockSpan.of(13, 30, 17, 0))
                        : Optional.empty();
        };
    }

    /** Whether a room of this modality at this kind of site runs outpatient lists in this period on this day. */
    boolean runs(SiteKind kind, Modality modality, DayOfWeek day) {
        if (span(kind, day).isEmpty()) {
            return false;
        }
        boolean scanner = modality == Modality.CT || modality == Modality.MR;
        boolean weekday = day.getValue() <= 5;
        return switch (kind) {
            case ACUTE -> weekday ? this != EVENING || scanner : scanner;
            case CDC -> {
                if (day == DayOfWeek.SUNDAY) {
                    yield scanner && this != EVENING;
                }
                yield this != EVENING || (weekday && scanner);
            }
            case COMMUNITY_HOSPITAL -> true;
        };
    }

    /** A stretch of a clinic day in London wall-clock time. */
    record ClockSpan(LocalTime from, LocalTime to) {
        static ClockSpan of(int fromHour, int fromMinute, int toHour, int toMinute) {
            return new ClockSpan(LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
        }
    }
}
