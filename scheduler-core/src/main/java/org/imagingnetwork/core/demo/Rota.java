package org.imagingnetwork.core.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.diary.SlotWindow;
import org.imagingnetwork.core.diary.StaffNeed;
import org.imagingnetwork.core.network.Staff;

/**
 * Puts named staff on lists: for each place in a list's team, the least-used person at the site who
 * has the role and skills, is not on another list at an overlapping time (even at their other home
 * site), and has not used up their week. A list whose team cannot all be found is not released.
 */
final class Rota {

    private final Map<String, Integer> listsThisWeek = new HashMap<>();
    private final Map<String, List<SlotWindow>> busyToday = new HashMap<>();

    void startWeek() {
        listsThisWeek.clear();
    }

    void startDay() {
        busyToday.clear();
    }

    /** The ids of a full team for a list at this time, chosen from {@code candidates}; empty if any place cannot be filled. */
    Optional<List<String>> cover(List<StaffNeed> team, SlotWindow window, List<Staff> candidates) {
        List<Staff> chosen = new ArrayList<>();
        for (StaffNeed need : team) {
            Staff best = null;
            for (Staff person : candidates) {
                if (chosen.contains(person) || !need.metBy(person) || !free(person, window)) {
                    continue;
                }
                if (best == null || used(person) < used(best)) {
                    best = person;
                }
            }
            if (best == null) {
                return Optional.empty();
            }
            chosen.add(best);
        }
        for (Staff person : chosen) {
            listsThisWeek.merge(person.id(), 1, Integer::sum);
            busyToday.computeIfAbsent(person.id(), id -> new ArrayList<>()).add(window);
        }
        return Optional.of(chosen.stream().map(Staff::id).toList());
    }

    private int used(Staff person) {
        return listsThisWeek.getOrDefault(person.id(), 0);
    }

    private boolean free(Staff person, SlotWindow window) {
        if (used(person) >= StaffPlanner.listsPerWeek(person.contractedHoursPerWeek())) {
            return false;
        }
        for (SlotWindow busy : busyToday.getOrDefault(person.id(), List.of())) {
            if (busy.overlaps(window)) {
                return false;
            }
        }
        return true;
    }
}
