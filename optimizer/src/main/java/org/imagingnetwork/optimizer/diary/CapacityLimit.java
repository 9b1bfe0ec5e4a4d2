package org.imagingnetwork.optimizer.diary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Skill;

/**
 * What held a built diary back in one locality (an ICS) for one modality, with the figures a manager
 * decides on: the demand due in the horizon (forecast referrals and the waiting patients due) and how
 * much of it the sessions meet; the room time the diary can plan (each room's blocks inside its site's
 * opening hours) and how much it runs; and for each skill the demand needs, staff hours needed against
 * those available. The {@link Limit} says which of these stopped the diary meeting the demand.
 */
public record CapacityLimit(
        String locality,
        Modality modality,
        long forecastMinutes,
        long backlogDueMinutes,
        long metMinutes,
        long backlogDueMetMinutes,
        long roomMinutes,
        long runMinutes,
        List<SkillHours> staff,
        Limit limit,
        Optional<Skill> shortSkill) {

    public CapacityLimit {
        Objects.requireNonNull(locality, "locality");
        Objects.requireNonNull(modality, "modality");
        staff = List.copyOf(staff);
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(shortSkill, "shortSkill");
        if (limit == Limit.STAFF != shortSkill.isPresent()) {
            throw new IllegalArgumentException("a staff limit, and only a staff limit, names the skill short");
        }
    }

    /** What stopped the diary meeting the demand due, in the order a manager would look. */
    public enum Limit {
        /** The demand due is met. */
        NONE,
        /** The rooms' time in opening hours is less than the demand due, or all of it runs. */
        ROOM_TIME,
        /** Staff with a skill the demand needs have fewer hours than it needs. */
        STAFF,
        /** Rooms and staff hours add up, but staff are not free at the rooms' sites and times. */
        ROTA
    }

    public long demandDueMinutes() {
        return forecastMinutes + backlogDueMinutes;
    }

    public long unmetMinutes() {
        return demandDueMinutes() - metMinutes;
    }

    /** The finding in a manager's words, with what they could do about it. */
    public String inWords() {
        return switch (limit) {
            case NONE -> "Nothing: the demand due is met.";
            case ROOM_TIME ->
                "Room time: the rooms' hours cannot hold the demand due. Extend hours (evening or weekend"
                        + " lists), add a room, or move work to another ICS.";
            case STAFF ->
                "Staff " + SkillWords.of(shortSkill.orElseThrow()) + ": fewer hours than the demand due"
                        + " needs. Hire or train staff, or move work to another ICS.";
            case ROTA ->
                "Where and when staff can work: rooms and staff hours add up, but staff are not free at the"
                        + " rooms' sites and times (home sites, leave, contracted hours). Move staff between sites, or"
                        + " work to sites with staff free.";
        };
    }
}
