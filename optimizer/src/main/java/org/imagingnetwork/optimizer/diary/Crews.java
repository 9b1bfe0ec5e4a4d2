package org.imagingnetwork.optimizer.diary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Skill;
import org.imagingnetwork.core.network.StaffRole;
import org.imagingnetwork.optimizer.sessiontype.SessionType;

/**
 * Chooses the whole crew of a session for a session type at once: a session type without its staff
 * breaks minimum staffing, so choosing one variable at a time can never open a session. Whoever of the
 * session's present crew can stay (free, at the site, contributing to the type) keeps their post, so a
 * repair changes only the posts it must; the cover the type needs (an anaesthetist, someone trained
 * for children, someone who can sedate or give contrast) is found first, then people competent in the
 * modality up to the minimum. Everyone it adds is free for the session by the {@link Rota}, so a crew it
 * returns breaks no staffing rule.
 */
final class Crews {

    /** How to choose among the people free for a need: the least loaded in construction, any at random in local search. */
    interface Choice {
        StaffMember among(List<StaffMember> candidates, RoomSession session);
    }

    private Crews() {}

    /**
     * The crew of each post of the session (in post order, empty posts as null) that runs the type,
     * starting from the present crew; empty when the site has not the people free for it.
     */
    static Optional<List<StaffMember>> crew(
            RoomSession session, SessionType type, List<StaffMember> present, Rota rota, Choice choice) {
        List<StaffMember> crew = new ArrayList<>(present);
        Modality modality = session.room().modality();
        for (int i = 0; i < crew.size(); i++) {
            StaffMember member = crew.get(i);
            if (member != null
                    && (!rota.canTake(member, session)
                            || !member.contributesTo(modality, type)
                            || crew.subList(0, i).contains(member))) {
                crew.set(i, null);
            }
        }
        List<StaffMember> free = new ArrayList<>();
        for (StaffMember member : rota.staffAt(session.site().odsCode())) {
            if (!crew.contains(member) && member.contributesTo(modality, type) && rota.canTake(member, session)) {
                free.add(member);
            }
        }
        for (Predicate<StaffMember> need : needs(type, modality)) {
            if (crew.stream().noneMatch(member -> member != null && need.test(member))
                    && !add(crew, free, need, modality, session, choice)) {
                return Optional.empty();
            }
        }
        while (competent(crew, modality) < Staffing.minimumFor(modality)) {
            if (!add(crew, free, member -> member.competentFor(modality), modality, session, choice)) {
                return Optional.empty();
            }
        }
        return Optional.of(crew);
    }

    /** The cover a type needs beyond people competent in the modality, each as a test of one person. */
    static List<Predicate<StaffMember>> needs(SessionType type, Modality modality) {
        List<Predicate<StaffMember>> needs = new ArrayList<>();
        if (type.generalAnaesthetic()) {
            needs.add(member -> member.role() == StaffRole.ANAESTHETIST && member.has(Skill.GENERAL_ANAESTHESIA));
        }
        if (type.paediatric()) {
            needs.add(member -> member.has(Skill.PAEDIATRIC) && member.competentFor(modality));
        }
        if (type.sedation()) {
            needs.add(member -> member.has(Skill.SEDATION));
        }
        if (type.contrast()) {
            needs.add(member -> member.has(Skill.CONTRAST_CANNULATION));
        }
        return needs;
    }

    /** Puts someone free who meets the need into an empty post, preferring someone who also counts towards the minimum. */
    private static boolean add(
            List<StaffMember> crew,
            List<StaffMember> free,
            Predicate<StaffMember> need,
            Modality modality,
            RoomSession session,
            Choice choice) {
        int post = crew.indexOf(null);
        if (post < 0) {
            return false;
        }
        List<StaffMember> candidates = free.stream().filter(need).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        List<StaffMember> competent = candidates.stream()
                .filter(member -> member.competentFor(modality))
                .toList();
        StaffMember chosen = choice.among(competent.isEmpty() ? candidates : competent, session);
        crew.set(post, chosen);
        free.remove(chosen);
        return true;
    }

    private static long competent(List<StaffMember> crew, Modality modality) {
        return crew.stream()
                .filter(member -> member != null && member.competentFor(modality))
                .count();
    }
}
