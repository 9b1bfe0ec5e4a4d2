package org.imagingnetwork.optimizer.diary;

import static org.imagingnetwork.optimizer.diary.DiaryRule.CONTRAST_COVER;
import static org.imagingnetwork.optimizer.diary.DiaryRule.DEMAND_MET;
import static org.imagingnetwork.optimizer.diary.DiaryRule.FURTHEST_BEHIND_FIRST;
import static org.imagingnetwork.optimizer.diary.DiaryRule.MINIMUM_STAFFING;
import static org.imagingnetwork.optimizer.diary.DiaryRule.PAEDIATRIC_COVER;
import static org.imagingnetwork.optimizer.diary.DiaryRule.PAEDIATRIC_SITE;
import static org.imagingnetwork.optimizer.diary.DiaryRule.ROOM_EQUIPMENT;
import static org.imagingnetwork.optimizer.diary.DiaryRule.SEDATION_COVER;
import static org.imagingnetwork.optimizer.diary.DiaryRule.SESSION_TYPE_CHANGED;
import static org.imagingnetwork.optimizer.diary.DiaryRule.STAFF_CHANGED;
import static org.imagingnetwork.optimizer.diary.DiaryRule.STAFF_DOUBLE_BOOKED;
import static org.imagingnetwork.optimizer.diary.DiaryRule.STAFF_HOME_SITE;
import static org.imagingnetwork.optimizer.diary.DiaryRule.STAFF_MAX_HOURS;
import static org.imagingnetwork.optimizer.diary.DiaryRule.STAFF_ON_LEAVE;
import static org.imagingnetwork.optimizer.diary.DiaryRule.STAFF_ON_UNRUN_SESSION;
import static org.imagingnetwork.optimizer.diary.DiaryRule.STAFF_SKILLS;
import static org.imagingnetwork.optimizer.diary.DiaryRule.STAFF_TRAVEL;
import static org.imagingnetwork.optimizer.diary.DiaryRule.WORKLOAD_BALANCE;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import java.time.Duration;
import java.util.List;
import org.imagingnetwork.core.network.Skill;
import org.imagingnetwork.core.network.StaffRole;

/**
 * The hard and soft rules of diary building. Rules that read a session's type join the sessions
 * as a stream of their own, so that changing a session's type re-judges the staff on it.
 */
public final class DiaryConstraints implements ConstraintProvider {

    private static final HardSoftLongScore HARD = HardSoftLongScore.ofHard(1);
    private static final HardSoftLongScore SOFT = HardSoftLongScore.ofSoft(1);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            roomEquipment(factory),
            paediatricSite(factory),
            staffSkills(factory),
            staffHomeSite(factory),
            staffOnLeave(factory),
            staffDoubleBooked(factory),
            staffMaxHours(factory),
            staffTravel(factory),
            staffOnUnrunSession(factory),
            minimumStaffing(factory),
            paediatricCover(factory),
            contrastCover(factory),
            sedationCover(factory),
            demandMet(factory),
            furthestBehindFirst(factory),
            workloadBalance(factory),
            sessionTypeChanged(factory),
            staffChanged(factory)
        };
    }

    Constraint roomEquipment(ConstraintFactory factory) {
        return factory.forEach(RoomSession.class)
                .filter(session -> session.missingEquipment() > 0)
                .penalizeLong(HARD, RoomSession::missingEquipment)
                .justifyWith((session, score) ->
                        DiaryFinding.session(session, "the room lacks equipment this session type needs"))
                .asConstraintDescribed(ROOM_EQUIPMENT.constraintName(), ROOM_EQUIPMENT.meaning());
    }

    Constraint paediatricSite(ConstraintFactory factory) {
        return factory.forEach(RoomSession.class)
                .filter(session ->
                        session.type().paediatric() && !session.site().seesChildren())
                .penalizeLong(HARD, session -> 1)
                .justifyWith((session, score) -> DiaryFinding.session(session, "the site does not see children"))
                .asConstraintDescribed(PAEDIATRIC_SITE.constraintName(), PAEDIATRIC_SITE.meaning());
    }

    Constraint staffSkills(ConstraintFactory factory) {
        return rostered(factory)
                .filter((post, session) ->
                        !post.staff().contributesTo(session.room().modality(), session.type()))
                .penalizeLong(HARD, (post, session) -> 1)
                .justifyWith((post, session, score) -> DiaryFinding.staff(
                        post.staff(),
                        session,
                        "cannot run " + session.room().modality().displayName()
                                + " and brings no cover this session needs"))
                .asConstraintDescribed(STAFF_SKILLS.constraintName(), STAFF_SKILLS.meaning());
    }

    Constraint staffHomeSite(ConstraintFactory factory) {
        return factory.forEach(StaffPost.class)
                .filter(post ->
                        !post.staff().homeSites().contains(post.session().site().odsCode()))
                .penalizeLong(HARD, post -> 1)
                .justifyWith(
                        (post, score) -> DiaryFinding.staff(post.staff(), post.session(), "does not work at this site"))
                .asConstraintDescribed(STAFF_HOME_SITE.constraintName(), STAFF_HOME_SITE.meaning());
    }

    Constraint staffOnLeave(ConstraintFactory factory) {
        return factory.forEach(StaffPost.class)
                .filter(post -> post.staff().onLeave(post.session().day()))
                .penalizeLong(HARD, post -> 1)
                .justifyWith((post, score) -> DiaryFinding.staff(post.staff(), post.session(), "is on leave that day"))
                .asConstraintDescribed(STAFF_ON_LEAVE.constraintName(), STAFF_ON_LEAVE.meaning());
    }

    Constraint staffDoubleBooked(ConstraintFactory factory) {
        return factory.forEachUniquePair(
                        StaffPost.class,
                        Joiners.equal(StaffPost::staff),
                        Joiners.overlapping(
                                post -> post.session().startsAt(),
                                post -> post.session().endsAt()))
                .penalizeLong(HARD, (first, second) -> 1)
                .justifyWith((first, second, score) ->
                        DiaryFinding.staffOnTwo(first.staff(), first.session(), second.session(), "both at once"))
                .asConstraintDescribed(STAFF_DOUBLE_BOOKED.constraintName(), STAFF_DOUBLE_BOOKED.meaning());
    }

    Constraint staffMaxHours(ConstraintFactory factory) {
        return factory.forEach(StaffPost.class)
                .groupBy(
                        StaffPost::staff,
                        post -> post.session().week(),
                        ConstraintCollectors.sumLong(post -> post.session().minutes()))
                .filter((staff, week, minutes) -> minutes > staff.contractedMinutesPerWeek())
                .penalizeLong(HARD, (staff, week, minutes) -> minutes - staff.contractedMinutesPerWeek())
                .justifyWith((staff, week, minutes, score) -> DiaryFinding.workload(staff, minutes))
                .asConstraintDescribed(STAFF_MAX_HOURS.constraintName(), STAFF_MAX_HOURS.meaning());
    }

    Constraint staffTravel(ConstraintFactory factory) {
        return factory.forEachUniquePair(
                        StaffPost.class,
                        Joiners.equal(StaffPost::staff),
                        Joiners.equal(post -> post.session().day()),
                        Joiners.filtering((first, second) -> !first.session()
                                .site()
                                .odsCode()
                                .equals(second.session().site().odsCode())))
                .filter((first, second) -> gapMinutes(first.session(), second.session())
                        < Staffing.travelMinutes(
                                first.session().site(), second.session().site()))
                .penalizeLong(HARD, (first, second) -> 1)
                .justifyWith((first, second, score) -> DiaryFinding.staffOnTwo(
                        first.staff(),
                        first.session(),
                        second.session(),
                        "needs "
                                + Staffing.travelMinutes(
                                        first.session().site(), second.session().site())
                                + " minutes to travel between them"))
                .asConstraintDescribed(STAFF_TRAVEL.constraintName(), STAFF_TRAVEL.meaning());
    }

    Constraint staffOnUnrunSession(ConstraintFactory factory) {
        return factory.forEach(StaffPost.class)
                .join(
                        factory.forEachIncludingUnassigned(RoomSession.class),
                        Joiners.equal(StaffPost::session, session -> session))
                .filter((post, session) -> session.type() == null)
                .penalizeLong(HARD, (post, session) -> 1)
                .justifyWith(
                        (post, session, score) -> DiaryFinding.staff(post.staff(), session, "the session does not run"))
                .asConstraintDescribed(STAFF_ON_UNRUN_SESSION.constraintName(), STAFF_ON_UNRUN_SESSION.meaning());
    }

    Constraint minimumStaffing(ConstraintFactory factory) {
        return crews(factory)
                .filter((session, crew) -> competent(session, crew)
                        < Staffing.minimumFor(session.room().modality()))
                .penalizeLong(
                        HARD,
                        (session, crew) -> Staffing.minimumFor(session.room().modality()) - competent(session, crew))
                .justifyWith((session, crew, score) -> DiaryFinding.session(
                        session,
                        competent(session, crew) + " of the "
                                + Staffing.minimumFor(session.room().modality()) + " staff competent in "
                                + session.room().modality().displayName() + " it needs"))
                .asConstraintDescribed(MINIMUM_STAFFING.constraintName(), MINIMUM_STAFFING.meaning());
    }

    Constraint paediatricCover(ConstraintFactory factory) {
        return crews(factory)
                .filter((session, crew) -> session.type().paediatric()
                        && crew.stream()
                                .noneMatch(staff -> staff.has(Skill.PAEDIATRIC)
                                        && staff.competentFor(session.room().modality())))
                .penalizeLong(HARD, (session, crew) -> 1)
                .justifyWith(
                        (session, crew, score) -> DiaryFinding.session(session, "nobody on it is trained for children"))
                .asConstraintDescribed(PAEDIATRIC_COVER.constraintName(), PAEDIATRIC_COVER.meaning());
    }

    Constraint contrastCover(ConstraintFactory factory) {
        return crews(factory)
                .filter((session, crew) -> session.type().contrast()
                        && crew.stream().noneMatch(staff -> staff.has(Skill.CONTRAST_CANNULATION)))
                .penalizeLong(HARD, (session, crew) -> 1)
                .justifyWith((session, crew, score) ->
                        DiaryFinding.session(session, "nobody on it can cannulate and give contrast"))
                .asConstraintDescribed(CONTRAST_COVER.constraintName(), CONTRAST_COVER.meaning());
    }

    Constraint sedationCover(ConstraintFactory factory) {
        return crews(factory)
                .filter((session, crew) -> !sedationCovered(session, crew))
                .penalizeLong(HARD, (session, crew) -> 1)
                .justifyWith((session, crew, score) -> DiaryFinding.session(
                        session,
                        session.type().generalAnaesthetic()
                                ? "there is no anaesthetist on it"
                                : "nobody on it can sedate"))
                .asConstraintDescribed(SEDATION_COVER.constraintName(), SEDATION_COVER.meaning());
    }

    Constraint demandMet(ConstraintFactory factory) {
        return capacity(factory)
                .filter((demand, minutes) -> demand.shortfall(minutes) > 0)
                .penalizeLong(SOFT, (demand, minutes) -> demand.shortfall(minutes) * demand.shortfallWeight())
                .justifyWith((demand, minutes, score) ->
                        DiaryFinding.demand(demand, minutes, demand.shortfall(minutes) + " minutes short"))
                .asConstraintDescribed(DEMAND_MET.constraintName(), DEMAND_MET.meaning());
    }

    Constraint furthestBehindFirst(ConstraintFactory factory) {
        return capacity(factory)
                .filter((demand, minutes) -> demand.backlogLeft(minutes) > 0)
                .penalizeLong(SOFT, (demand, minutes) -> demand.backlogLeft(minutes) * demand.weeksBehind())
                .justifyWith((demand, minutes, score) -> DiaryFinding.demand(
                        demand,
                        minutes,
                        demand.backlogLeft(minutes) + " minutes of backlog left, " + demand.weeksBehind()
                                + " weeks behind"))
                .asConstraintDescribed(FURTHEST_BEHIND_FIRST.constraintName(), FURTHEST_BEHIND_FIRST.meaning());
    }

    Constraint workloadBalance(ConstraintFactory factory) {
        return factory.forEach(StaffPost.class)
                .groupBy(
                        StaffPost::staff,
                        post -> post.session().week(),
                        ConstraintCollectors.sumLong(post -> post.session().minutes()))
                .penalizeLong(SOFT, (staff, week, minutes) -> workloadCost(staff, minutes))
                .justifyWith((staff, week, minutes, score) -> DiaryFinding.workload(staff, minutes))
                .asConstraintDescribed(WORKLOAD_BALANCE.constraintName(), WORKLOAD_BALANCE.meaning());
    }

    Constraint sessionTypeChanged(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(RoomSession.class)
                .filter(session -> session.published() && session.type() != session.publishedType())
                .penalizeLong(SOFT, session -> 1)
                .justifyWith((session, score) -> DiaryFinding.session(
                        session,
                        "the published diary has " + session.publishedType().name()))
                .asConstraintDescribed(SESSION_TYPE_CHANGED.constraintName(), SESSION_TYPE_CHANGED.meaning());
    }

    Constraint staffChanged(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(StaffPost.class)
                .filter(StaffPost::changedFromPublished)
                .penalizeLong(SOFT, post -> 1)
                .justifyWith((post, score) -> new DiaryFinding(
                        post.session().describe() + ": " + name(post.publishedStaff()) + " replaced by "
                                + name(post.staff()),
                        List.of(post.session().describe()),
                        post.staff() == null
                                ? List.of(name(post.publishedStaff()))
                                : List.of(name(post.publishedStaff()), name(post.staff()))))
                .asConstraintDescribed(STAFF_CHANGED.constraintName(), STAFF_CHANGED.meaning());
    }

    // ---- shared streams ----

    /** Each rostered post with the running session it is on. */
    private static BiConstraintStream<StaffPost, RoomSession> rostered(ConstraintFactory factory) {
        return factory.forEach(StaffPost.class)
                .join(RoomSession.class, Joiners.equal(StaffPost::session, session -> session));
    }

    /** Each running session with the staff rostered on it (an empty crew for a session nobody is on). */
    private static BiConstraintStream<RoomSession, List<StaffMember>> crews(ConstraintFactory factory) {
        return factory.forEach(RoomSession.class)
                .join(StaffPost.class, Joiners.equal(session -> session, StaffPost::session))
                .groupBy((session, post) -> session, ConstraintCollectors.toList((session, post) -> post.staff()))
                .complement(RoomSession.class, session -> List.of());
    }

    /** Each locality's demand for an exam family with the minutes of running sessions serving it (zero when none). */
    private static BiConstraintStream<Demand, Long> capacity(ConstraintFactory factory) {
        return factory.forEach(RoomSession.class)
                .join(
                        Demand.class,
                        Joiners.equal(RoomSession::locality, Demand::locality),
                        Joiners.equal(session -> session.type().family(), Demand::family))
                .groupBy(
                        (session, demand) -> demand,
                        ConstraintCollectors.sumLong((session, demand) -> session.minutes()))
                .complement(Demand.class, demand -> 0L);
    }

    private static long competent(RoomSession session, List<StaffMember> crew) {
        return crew.stream()
                .filter(staff -> staff.competentFor(session.room().modality()))
                .count();
    }

    private static boolean sedationCovered(RoomSession session, List<StaffMember> crew) {
        boolean sedated = !session.type().sedation() || crew.stream().anyMatch(staff -> staff.has(Skill.SEDATION));
        boolean anaesthetised = !session.type().generalAnaesthetic()
                || crew.stream()
                        .anyMatch(staff ->
                                staff.role() == StaffRole.ANAESTHETIST && staff.has(Skill.GENERAL_ANAESTHESIA));
        return sedated && anaesthetised;
    }

    private static long gapMinutes(RoomSession first, RoomSession second) {
        RoomSession earlier = first.startsAt().isBefore(second.startsAt()) ? first : second;
        RoomSession later = earlier == first ? second : first;
        return Duration.between(earlier.endsAt(), later.startsAt()).toMinutes();
    }

    /**
     * Squared share of contracted hours, in hundredths: a full week costs 100, two half weeks 50.
     * Squaring makes the solver spread work rather than load one person.
     */
    static long workloadCost(StaffMember staff, long minutes) {
        long percent = minutes * 100 / staff.contractedMinutesPerWeek();
        return percent * percent / 100;
    }

    private static String name(StaffMember staff) {
        return staff == null ? "nobody" : staff.name();
    }
}
