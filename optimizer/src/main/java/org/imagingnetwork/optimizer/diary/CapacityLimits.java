package org.imagingnetwork.optimizer.diary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Skill;
import org.imagingnetwork.optimizer.sessiontype.SessionType;

/**
 * Works out what held a built diary back, per locality and modality ({@link CapacityLimit}), from
 * the plan itself: its demand, its room blocks and which of them run, and its staff.
 */
public final class CapacityLimits {
    private CapacityLimits() {}

    public static List<CapacityLimit> of(DiaryPlan plan) {
        Map<String, SessionType> typeOfFamily = new HashMap<>();
        plan.sessionTypes().forEach(type -> typeOfFamily.putIfAbsent(type.family(), type));
        Map<OdsCode, String> localityOfSite = new HashMap<>();
        Set<LocalDate> workingDays = new TreeSet<>();
        Map<String, Tally> tallies = new TreeMap<>();
        Map<String, Long> capacity = new HashMap<>();
        for (RoomSession session : plan.sessions()) {
            localityOfSite.put(session.site().odsCode(), session.locality());
            if (session.day().getDayOfWeek() != DayOfWeek.SATURDAY
                    && session.day().getDayOfWeek() != DayOfWeek.SUNDAY) {
                workingDays.add(session.day());
            }
            Tally tally = tally(tallies, session.locality(), session.room().modality());
            tally.roomMinutes += session.minutes();
            if (session.running()) {
                tally.runMinutes += session.minutes();
                capacity.merge(session.locality() + "|" + session.type().family(), (long) session.minutes(), Long::sum);
            }
        }
        for (Demand demand : plan.demands()) {
            SessionType type = typeOfFamily.get(demand.family());
            if (type == null) {
                continue;
            }
            long served = capacity.getOrDefault(demand.locality() + "|" + demand.family(), 0L);
            Tally tally = tally(tallies, demand.locality(), type.modality());
            tally.forecast += demand.minutes();
            tally.backlogDue += demand.dueMinutes();
            tally.met += Math.min(demand.dueInHorizon(), served);
            tally.backlogDueMet += demand.dueMet(served);
            tally.needed.merge(
                    Skill.competenceFor(type.modality()),
                    demand.dueInHorizon() * Staffing.minimumFor(type.modality()),
                    Long::sum);
            type.cover().forEach(skill -> tally.needed.merge(skill, demand.dueInHorizon(), Long::sum));
        }
        List<CapacityLimit> limits = new ArrayList<>();
        tallies.forEach((key, tally) -> limits.add(tally.limit(plan.staff(), localityOfSite, workingDays)));
        return limits;
    }

    private static Tally tally(Map<String, Tally> tallies, String locality, Modality modality) {
        return tallies.computeIfAbsent(locality + "|" + modality, k -> new Tally(locality, modality));
    }

    private static final class Tally {
        private final String locality;
        private final Modality modality;
        private final Map<Skill, Long> needed = new EnumMap<>(Skill.class);
        private long forecast;
        private long backlogDue;
        private long met;
        private long backlogDueMet;
        private long roomMinutes;
        private long runMinutes;

        Tally(String locality, Modality modality) {
            this.locality = locality;
            this.modality = modality;
            needed.put(Skill.competenceFor(modality), 0L);
        }

        CapacityLimit limit(List<StaffMember> staff, Map<OdsCode, String> localityOfSite, Set<LocalDate> days) {
            List<SkillHours> hours = new ArrayList<>();
            needed.forEach((skill, minutes) -> {
                List<StaffMember> holders = staff.stream()
                        .filter(member -> member.has(skill))
                        .filter(member -> member.homeSites().stream()
                                .map(localityOfSite::get)
                                .anyMatch(locality::equals))
                        .toList();
                long available = holders.stream()
                        .mapToLong(member -> days.stream()
                                        .filter(day -> !member.onLeave(day))
                                        .count()
                                * member.contractedMinutesPerWeek()
                                / 5)
                        .sum();
                hours.add(new SkillHours(skill, minutes, available, holders.size()));
            });
            long due = forecast + backlogDue;
            Optional<SkillHours> shortest =
                    hours.stream().filter(SkillHours::isShort).min(Comparator.comparingDouble(SkillHours::cover));
            CapacityLimit.Limit limit;
            if (met >= due) {
                limit = CapacityLimit.Limit.NONE;
            } else if (roomMinutes < due || runMinutes >= roomMinutes) {
                limit = CapacityLimit.Limit.ROOM_TIME;
            } else if (shortest.isPresent()) {
                limit = CapacityLimit.Limit.STAFF;
            } else {
                limit = CapacityLimit.Limit.ROTA;
            }
            return new CapacityLimit(
                    locality,
                    modality,
                    forecast,
                    backlogDue,
                    met,
                    backlogDueMet,
                    roomMinutes,
                    runMinutes,
                    hours,
                    limit,
                    limit == CapacityLimit.Limit.STAFF ? shortest.map(SkillHours::skill) : Optional.empty());
        }
    }
}
