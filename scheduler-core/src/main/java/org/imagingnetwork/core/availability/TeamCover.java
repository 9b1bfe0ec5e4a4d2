package org.imagingnetwork.core.availability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.imagingnetwork.core.diary.StaffNeed;
import org.imagingnetwork.core.network.Staff;

/**
 * Whether a group of people can fill a team's places, each person in one place. A best assignment
 * is found by augmenting paths (teams are a handful of places, so this is instant); the places
 * tried first, the lead's, are the last to be given up.
 */
final class TeamCover {
    private TeamCover() {}

    /** The places no assignment of these people can fill, in the team's order; empty when the team is covered. */
    static List<StaffNeed> unmet(List<StaffNeed> team, Collection<Staff> people) {
        List<Staff> staff = List.copyOf(people);
        int[] placeOf = new int[staff.size()];
        Arrays.fill(placeOf, -1);
        List<StaffNeed> unmet = new ArrayList<>();
        for (int place = 0; place < team.size(); place++) {
            if (!assign(place, team, staff, placeOf, new boolean[staff.size()])) {
                unmet.add(team.get(place));
            }
        }
        return unmet;
    }

    private static boolean assign(int place, List<StaffNeed> team, List<Staff> staff, int[] placeOf, boolean[] tried) {
        for (int person = 0; person < staff.size(); person++) {
            if (tried[person] || !team.get(place).metBy(staff.get(person))) {
                continue;
            }
            tried[person] = true;
            if (placeOf[person] < 0 || assign(placeOf[person], team, staff, placeOf, tried)) {
                placeOf[person] = place;
                return true;
            }
        }
        return false;
    }
}
