package org.imagingnetwork.optimizer.allocation;

import static org.imagingnetwork.optimizer.allocation.AllocationRule.ACCEPTABLE_SITE;
import static org.imagingnetwork.optimizer.allocation.AllocationRule.CHILD_OR_ADULT;
import static org.imagingnetwork.optimizer.allocation.AllocationRule.DISPLACED_REBOOKED;
import static org.imagingnetwork.optimizer.allocation.AllocationRule.EVEN_WAITS_ACROSS_SITES;
import static org.imagingnetwork.optimizer.allocation.AllocationRule.MAX_TRAVEL;
import static org.imagingnetwork.optimizer.allocation.AllocationRule.ONE_REQUEST_PER_SLOT;
import static org.imagingnetwork.optimizer.allocation.AllocationRule.PATIENT_AVAILABLE;
import static org.imagingnetwork.optimizer.allocation.AllocationRule.PATIENT_TRAVEL;
import static org.imagingnetwork.optimizer.allocation.AllocationRule.ROOM_EQUIPMENT;
import static org.imagingnetwork.optimizer.allocation.AllocationRule.SEDATION_COVER;
import static org.imagingnetwork.optimizer.allocation.AllocationRule.SESSION_RUNS_EXAM;
import static org.imagingnetwork.optimizer.allocation.AllocationRule.SIX_WEEK_BREACH;
import static org.imagingnetwork.optimizer.allocation.AllocationRule.SLOT_LONG_ENOUGH;
import static org.imagingnetwork.optimizer.allocation.AllocationRule.TABLE_WEIGHT;
import static org.imagingnetwork.optimizer.allocation.AllocationRule.URGENT_TARGET;
import static org.imagingnetwork.optimizer.allocation.AllocationRule.WEIGHTED_WAIT;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import org.imagingnetwork.optimizer.explain.Rule;

/**
 * The hard and soft rules of the waiting-list allocation. Every hard rule judges the request and
 * slot through {@link ListedRequest}, so the solver, the initial fill and the baseline agree on
 * what fits.
 *
 * <p>The rules about one request in one slot judge only the placements the solver chooses. A booked
 * appointment is pinned: the plan cannot change it, and one booked before a rule was tightened (the
 * booking service does not, for example, add a contrast injector for a patient who needs contrast)
 * would otherwise make every plan over that week infeasible. A proposal into a booked slot is still
 * caught by {@link AllocationRule#ONE_REQUEST_PER_SLOT}.
 */
public final class AllocationConstraints implements ConstraintProvider {

    private static final BendableLongScore HARD =
            BendableLongScore.ofHard(AllocationPlan.HARD_LEVELS, AllocationPlan.SOFT_LEVELS, 0, 1);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            roomEquipment(factory),
            sessionRunsExam(factory),
            slotLongEnough(factory),
            childOrAdult(factory),
            sedationCover(factory),
            tableWeight(factory),
            oneRequestPerSlot(factory),
            patientAvailable(factory),
            acceptableSite(factory),
            maxTravel(factory),
            displacedRebooked(factory),
            urgentTarget(factory),
            sixWeekBreach(factory),
            weightedWait(factory),
            evenWaitsAcrossSites(factory),
            patientTravel(factory)
        };
    }

    Constraint roomEquipment(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(p -> !p.booked() && p.request().missingEquipment(p.slot()) > 0)
                .penalizeLong(HARD, p -> p.request().missingEquipment(p.slot()))
                .justifyWith((p, score) -> PlacementFinding.about(p, "the room lacks " + Lacks.of(p)))
                .asConstraintDescribed(ROOM_EQUIPMENT.constraintName(), ROOM_EQUIPMENT.meaning());
    }

    Constraint sessionRunsExam(ConstraintFactory factory) {
        return hard(
                factory,
                SESSION_RUNS_EXAM,
                p -> !p.request().sessionRunsExam(p.slot()),
                p -> "the session does not run this exam");
    }

    Constraint slotLongEnough(ConstraintFactory factory) {
        return hard(
                factory,
                SLOT_LONG_ENOUGH,
                p -> !p.request().slotLongEnough(p.slot()),
                p -> "the exam takes " + p.request().exam().duration().toMinutes() + " minutes but the slot is "
                        + p.slot().length().toMinutes());
    }

    Constraint childOrAdult(ConstraintFactory factory) {
        return hard(
                factory,
                CHILD_OR_ADULT,
                p -> !p.request().ageSuits(p.slot()),
                p -> p.request().isChild()
                        ? "the site does not see children aged " + p.request().ageInYears()
                        : "an adult is booked on a paediatric list");
    }

    Constraint sedationCover(ConstraintFactory factory) {
        return hard(
                factory,
                SEDATION_COVER,
                p -> !p.request().coverSuits(p.slot()),
                p -> p.request().needs().needsGeneralAnaesthetic()
                        ? "the patient needs a general anaesthetic and the list has no anaesthetic cover"
                        : "the patient needs sedation and the list has no sedation cover");
    }

    Constraint tableWeight(ConstraintFactory factory) {
        return hard(
                factory,
                TABLE_WEIGHT,
                p -> !p.request().tableTakesWeight(p.slot()),
                p -> "the table is not rated for "
                        + p.request().needs().weightKg().orElse(0) + " kg");
    }

    Constraint oneRequestPerSlot(ConstraintFactory factory) {
        return factory.forEachUniquePair(Placement.class, Joiners.equal(Placement::slot))
                .penalizeLong(HARD, (first, second) -> 1)
                .justifyWith((first, second, score) -> PlacementFinding.sharing(first, second))
                .asConstraintDescribed(ONE_REQUEST_PER_SLOT.constraintName(), ONE_REQUEST_PER_SLOT.meaning());
    }

    Constraint patientAvailable(ConstraintFactory factory) {
        return hard(
                factory,
                PATIENT_AVAILABLE,
                p -> !p.request().availableFor(p.slot()),
                p -> "the patient cannot come before "
                        + Words.moment(p.request().earliestStart()));
    }

    Constraint acceptableSite(ConstraintFactory factory) {
        return hard(
                factory,
                ACCEPTABLE_SITE,
                p -> !p.request().acceptsSite(p.slot()),
                p -> "the patient did not choose " + p.slot().venue().name());
    }

    Constraint maxTravel(ConstraintFactory factory) {
        return hard(
                factory,
                MAX_TRAVEL,
                p -> !p.request().withinTravel(p.slot()),
                p -> String.format(
                        Locale.UK,
                        "the site is %.0f km away, over the patient's limit of %d km",
                        p.request().kilometresTo(p.slot().venue()),
                        p.request().maxTravelKm().orElse(0)));
    }

    Constraint displacedRebooked(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Placement.class)
                .filter(p -> p.displaced() && !p.placed())
                .penalizeLong(soft(0), p -> 1)
                .justifyWith(
                        (p, score) -> PlacementFinding.about(p, "lost their booking to a closure and has no new slot"))
                .asConstraintDescribed(DISPLACED_REBOOKED.constraintName(), DISPLACED_REBOOKED.meaning());
    }

    Constraint urgentTarget(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Placement.class)
                .filter(Placement::missesTarget)
                .penalizeLong(soft(1), p -> 1)
                .justifyWith((p, score) -> PlacementFinding.about(
                        p, "is seen " + p.daysPastTarget() + " days after the " + Words.priority(p) + " target"))
                .asConstraintDescribed(URGENT_TARGET.constraintName(), URGENT_TARGET.meaning());
    }

    Constraint sixWeekBreach(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Placement.class)
                .filter(Placement::breachesSixWeeks)
                .penalizeLong(soft(2), p -> 1)
                .justifyWith((p, score) -> PlacementFinding.about(
                        p, "breaches six weeks (due by " + Words.day(p.request().breachDate()) + ")"))
                .asConstraintDescribed(SIX_WEEK_BREACH.constraintName(), SIX_WEEK_BREACH.meaning());
    }

    Constraint weightedWait(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Placement.class)
                .filter(p -> p.weightedWait() > 0)
                .penalizeLong(soft(3), Placement::weightedWait)
                .justifyWith((p, score) -> PlacementFinding.about(p, "waits " + p.waitDays() + " days"))
                .asConstraintDescribed(WEIGHTED_WAIT.constraintName(), WEIGHTED_WAIT.meaning());
    }

    Constraint evenWaitsAcrossSites(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .groupBy(
                        p -> p.slot().venue(),
                        ConstraintCollectors.sumLong(Placement::waitDays),
                        ConstraintCollectors.count())
                .groupBy(ConstraintCollectors.toList(SiteWait::new))
                .map(SiteWaitSpread::new)
                .filter(spread -> spread.penalty() > 0)
                .penalizeLong(soft(4), SiteWaitSpread::penalty)
                .justifyWith((spread, score) -> spread)
                .asConstraintDescribed(EVEN_WAITS_ACROSS_SITES.constraintName(), EVEN_WAITS_ACROSS_SITES.meaning());
    }

    Constraint patientTravel(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(p -> p.travelTenthsKm() > 0)
                .penalizeLong(soft(5), Placement::travelTenthsKm)
                .justifyWith((p, score) -> PlacementFinding.about(
                        p, String.format(Locale.UK, "travels %.1f km", p.travelTenthsKm() / 10.0)))
                .asConstraintDescribed(PATIENT_TRAVEL.constraintName(), PATIENT_TRAVEL.meaning());
    }

    private static Constraint hard(
            ConstraintFactory factory, Rule rule, Predicate<Placement> broken, Function<Placement, String> problem) {
        return factory.forEach(Placement.class)
                .filter(p -> !p.booked() && broken.test(p))
                .penalizeLong(HARD, p -> 1)
                .justifyWith((p, score) -> PlacementFinding.about(p, problem.apply(p)))
                .asConstraintDescribed(rule.constraintName(), rule.meaning());
    }

    private static BendableLongScore soft(int level) {
        return BendableLongScore.ofSoft(AllocationPlan.HARD_LEVELS, AllocationPlan.SOFT_LEVELS, level, 1);
    }
}
