package org.imagingnetwork.console.optimisation;

import java.util.List;
import java.util.Locale;
import org.imagingnetwork.optimizer.diary.CapacityLimit;
import org.imagingnetwork.optimizer.diary.SkillHours;
import org.imagingnetwork.optimizer.diary.SkillWords;

/**
 * A diary run's limits as the run page's table: per ICS and modality, the demand due and how much
 * the plan meets, room time, staff hours by skill, and what held it back, in hours.
 */
record LimitRows(List<Row> rows, long unmetHours) {

    /** One ICS and modality. */
    record Row(
            String ics,
            String modality,
            String demandDue,
            String backlogDue,
            String met,
            String roomTime,
            List<Staff> staff,
            String limit,
            boolean limited) {}

    /** Staff hours with one skill: needed against available, and whether they fall short. */
    record Staff(String skill, String needed, String available, boolean isShort) {}

    static LimitRows of(List<CapacityLimit> limits) {
        List<Row> rows = limits.stream()
                .map(limit -> new Row(
                        limit.locality(),
                        limit.modality().displayName(),
                        hours(limit.demandDueMinutes()),
                        hours(limit.backlogDueMinutes()) + " of it for patients waiting now, "
                                + hours(limit.backlogDueMetMinutes()) + " of that met",
                        hours(limit.metMinutes()) + " (" + percent(limit.metMinutes(), limit.demandDueMinutes()) + ")",
                        hours(limit.runMinutes()) + " run of " + hours(limit.roomMinutes()),
                        limit.staff().stream().map(LimitRows::staff).toList(),
                        limit.inWords(),
                        limit.limit() != CapacityLimit.Limit.NONE))
                .toList();
        long unmet = limits.stream().mapToLong(CapacityLimit::unmetMinutes).sum();
        return new LimitRows(rows, Math.round(unmet / 60.0));
    }

    private static Staff staff(SkillHours hours) {
        return new Staff(
                "Staff " + SkillWords.of(hours.skill()) + " (" + hours.people() + ")",
                hours(hours.neededMinutes()),
                hours(hours.availableMinutes()),
                hours.isShort());
    }

    private static String hours(long minutes) {
        return String.format(Locale.UK, "%,d h", Math.round(minutes / 60.0));
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "all" : String.format(Locale.UK, "%.0f%%", 100.0 * part / whole);
    }
}
