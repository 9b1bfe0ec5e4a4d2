package org.imagingnetwork.core.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.SiteKind;
import org.imagingnetwork.core.network.Skill;
import org.imagingnetwork.core.network.Staff;
import org.imagingnetwork.core.network.StaffRole;

/**
 * Employs each site's staff from what its weekly lists need: enough of each role to cover its lists
 * at about six lists a person a week, with each special skill (cardiac MRI, children, cannulation)
 * held by enough of the team to cover the lists that need it. Radiologists vet and report, so every
 * hospital and CDC has some. In the full preset the rest of the network's workforce, who work in the
 * emergency department and on the wards, brings the total to the preset's figure.
 */
final class StaffPlanner {

    private static final double LISTS_PER_PERSON = 6.0;
    private static final double LISTS_PER_SKILL_HOLDER = 5.0;

    private StaffPlanner() {}

    /** How many lists a week someone on these hours can run: a list is about four hours. */
    static int listsPerWeek(int contractedHours) {
        return Math.max(1, contractedHours / 4);
    }

    static List<Staff> plan(DemoPreset preset, List<SiteSeed> sites, List<WeeklyTemplate> templates, Dice dice) {
        List<Team> teams = new ArrayList<>();
        for (SiteSeed site : sites) {
            List<WeeklyTemplate> here = templates.stream()
                    .filter(t -> t.room().site().value().equals(site.odsCode()))
                    .toList();
            for (StaffRole role : StaffRole.values()) {
                List<Set<Skill>> demand = new ArrayList<>();
                for (WeeklyTemplate template : here) {
                    for (WeeklyTemplate.Cell cell : template.cells()) {
                        cell.plan().team().stream()
                                .filter(need -> need.role() == role)
                                .forEach(need -> demand.add(need.skills()));
                    }
                }
                int size = Math.max((int) Math.ceil(demand.size() / LISTS_PER_PERSON), fixed(site, role, here));
                if (size > 0) {
                    teams.add(new Team(site, role, demand, size));
                }
            }
        }
        List<Staff> staff = new ArrayList<>();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (Team team : growToTarget(teams, preset.staffTarget())) {
            for (Set<Skill> skills : skillsFor(team, dice)) {
                int number = numbers.merge(team.site().trust(), 1, Integer::sum);
                staff.add(person(team, skills, number, sites, dice));
            }
        }
        return staff;
    }

    /** Staff a site has whatever its lists: radiologists to vet and report, nurses where there is CT. */
    private static int fixed(SiteSeed site, StaffRole role, List<WeeklyTemplate> rooms) {
        long ct = rooms.stream().filter(t -> t.room().modality() == Modality.CT).count();
        return switch (role) {
            case RADIOLOGIST ->
                site.kind() == SiteKind.ACUTE ? 2 + rooms.size() / 10 : site.kind() == SiteKind.CDC ? 1 : 0;
            case NURSE -> site.kind() == SiteKind.ACUTE && ct > 0 ? 1 + (int) ct / 2 : 0;
            default -> 0;
        };
    }

    private static List<Team> growToTarget(List<Team> teams, int target) {
        int current = teams.stream().mapToInt(Team::size).sum();
        if (target <= current) {
            return teams;
        }
        double[] weights = teams.stream().mapToDouble(Team::size).toArray();
        int[] extra = Apportion.largestRemainder(target - current, weights, new int[teams.size()]);
        List<Team> grown = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            grown.add(teams.get(i).withSize(teams.get(i).size() + extra[i]));
        }
        return grown;
    }

    /**
     * Skill sets for a team: each set its lists need goes to enough members to cover those lists,
     * handed round the team so that no one person holds every specialism.
     */
    private static List<Set<Skill>> skillsFor(Team team, Dice dice) {
        Map<Set<Skill>, Integer> counts = new LinkedHashMap<>();
        team.demand().forEach(skills -> counts.merge(skills, 1, Integer::sum));
        List<Map.Entry<Set<Skill>, Integer>> bySize = counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Set<Skill>, Integer> e) -> -e.getValue())
                        .thenComparing(e -> EnumSet.copyOf(e.getKey()).toString()))
                .toList();
        List<Set<Skill>> members = new ArrayList<>();
        for (int i = 0; i < team.size(); i++) {
            members.add(EnumSet.copyOf(base(team.role())));
        }
        int next = 0;
        for (Map.Entry<Set<Skill>, Integer> entry : bySize) {
            int holders = Math.min(team.size(), (int) Math.ceil(entry.getValue() / LISTS_PER_SKILL_HOLDER) + 1);
            for (int h = 0; h < holders; h++) {
                members.get(next % team.size()).addAll(entry.getKey());
                next++;
            }
        }
        for (Set<Skill> member : members) {
            extras(team, member, dice);
        }
        return members;
    }

    private static Set<Skill> base(StaffRole role) {
        return switch (role) {
            case RADIOGRAPHER, ASSISTANT_PRACTITIONER -> EnumSet.of(Skill.XR);
            case SONOGRAPHER -> EnumSet.of(Skill.US);
            case NURSE -> EnumSet.of(Skill.CONTRAST_CANNULATION, Skill.SEDATION);
            case ANAESTHETIST -> EnumSet.of(Skill.GENERAL_ANAESTHESIA, Skill.SEDATION);
            case RADIOLOGIST -> EnumSet.of(Skill.XR, Skill.US, Skill.CT, Skill.MR, Skill.CONTRAST_CANNULATION);
        };
    }

    private static void extras(Team team, Set<Skill> skills, Dice dice) {
        if (team.site().seesChildren() && dice.chance(0.2)) {
            skills.add(Skill.PAEDIATRIC);
        }
        if ((skills.contains(Skill.CT) || skills.contains(Skill.MR)) && dice.chance(0.5)) {
            skills.add(Skill.CONTRAST_CANNULATION);
        }
    }

    private static Staff person(Team team, Set<Skill> skills, int number, List<SiteSeed> sites, Dice dice) {
        SiteSeed site = team.site();
        Set<OdsCode> homes = new LinkedHashSet<>();
        homes.add(new OdsCode(site.odsCode()));
        List<SiteSeed> sameTrust = sites.stream()
                .filter(s -> s.trust().equals(site.trust()) && !s.odsCode().equals(site.odsCode()))
                .toList();
        if (!sameTrust.isEmpty() && dice.chance(0.12)) {
            homes.add(new OdsCode(dice.pick(sameTrust).odsCode()));
        }
        // Most work full time (37.5 hours, stored as whole hours); about a third part time.
        int hours = team.role() == StaffRole.RADIOLOGIST
                ? 40
                : dice.pick(List.of(37, 37, 37, 37, 37, 37, 37, 30, 30, 30, 22, 22, 15));
        String name = dice.pick(Names.GIVEN) + " " + dice.pick(Names.FAMILY);
        String id = site.trust() + "-" + String.format("%05d", number);
        return new Staff(id, title(team.role()) + name, team.role(), skills, new OdsCode(site.trust()), homes, hours);
    }

    private static String title(StaffRole role) {
        return role == StaffRole.RADIOLOGIST || role == StaffRole.ANAESTHETIST ? "Dr " : "";
    }

    /** A site's staff of one role, and the skill sets its lists ask of them. */
    private record Team(SiteSeed site, StaffRole role, List<Set<Skill>> demand, int size) {
        Team withSize(int newSize) {
            return new Team(site, role, demand, newSize);
        }
    }
}
