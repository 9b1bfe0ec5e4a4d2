package org.imagingnetwork.optimizer.allocation;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The construction phase: takes the unplaced requests band by band in the order of the score's
 * levels ({@link UrgencyOrder}) and gives each the free slot on the earliest day anywhere in the
 * network that fits every hard rule; among sites with a slot that day it takes the one that leaves
 * the sites' mean waits most even, then the nearest, as the score ranks evenness above travel. After
 * each band with a deadline (target day, six-week breach day) it seats the patients it left late by
 * moving others of the band who can go elsewhere in time ({@link DeadlineRescue}). It never breaks a
 * hard rule, so the first complete plan is feasible; local search then improves it.
 *
 * <p>Timefold's generic construction heuristics try every slot for every request, which at network
 * scale (tens of thousands of each) takes far longer than a manager waits; the slot index
 * ({@link SlotIndex}) lets each request look at a handful of candidates per site instead.
 */
final class EarliestFitFill implements PhaseCommand<AllocationPlan> {

    private static final String SLOT = "slot";

    @Override
    public void changeWorkingSolution(ScoreDirector<AllocationPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        AllocationPlan plan = scoreDirector.getWorkingSolution();
        Horizon horizon = plan.horizon();
        Set<OpenSlot> taken = new HashSet<>();
        SiteMeans means = new SiteMeans();
        for (Placement placement : plan.placements()) {
            if (placement.slot() != null) {
                taken.add(placement.slot());
                means.add(placement.slot().venue(), placement.waitDays());
            }
        }
        SlotIndex index = new SlotIndex(plan.slots(), taken);
        Map<Integer, List<Placement>> bands = new TreeMap<>();
        plan.placements().stream()
                .filter(placement -> !placement.booked() && placement.slot() == null)
                .sorted(UrgencyOrder.of(horizon))
                .forEach(placement -> bands.computeIfAbsent(
                                UrgencyOrder.band(placement, horizon), b -> new ArrayList<>())
                        .add(placement));
        for (Map.Entry<Integer, List<Placement>> band : bands.entrySet()) {
            for (Placement placement : band.getValue()) {
                if (isPhaseTerminated.getAsBoolean()) {
                    return;
                }
                place(scoreDirector, placement, earliestFit(placement.request(), index, means), taken, means);
            }
            Optional<Function<ListedRequest, LocalDate>> deadline = UrgencyOrder.deadlineOf(band.getKey());
            if (deadline.isPresent()) {
                rescue(
                        scoreDirector,
                        band.getValue(),
                        new DeadlineRescue(index, taken, means, deadline.get(), DeadlineRescue.MAX_LOOKS),
                        index,
                        taken,
                        means,
                        isPhaseTerminated);
            }
        }
        scoreDirector.triggerVariableListeners();
    }

    /** Seats late members of a deadline band by moving others, then places anyone unseated on the way where it can. */
    private static void rescue(
            ScoreDirector<AllocationPlan> scoreDirector,
            List<Placement> band,
            DeadlineRescue rescue,
            SlotIndex index,
            Set<OpenSlot> taken,
            SiteMeans means,
            BooleanSupplier isPhaseTerminated) {
        Map<Placement, OpenSlot> moved = rescue.rescue(band, isPhaseTerminated);
        moved.forEach((placement, slot) -> {
            scoreDirector.beforeVariableChanged(placement, SLOT);
            placement.setSlot(slot);
            scoreDirector.afterVariableChanged(placement, SLOT);
        });
        moved.forEach((placement, slot) -> {
            if (slot == null) {
                place(scoreDirector, placement, earliestFit(placement.request(), index, means), taken, means);
            }
        });
    }

    private static void place(
            ScoreDirector<AllocationPlan> scoreDirector,
            Placement placement,
            OpenSlot slot,
            Set<OpenSlot> taken,
            SiteMeans means) {
        if (slot == null) {
            return;
        }
        scoreDirector.beforeVariableChanged(placement, SLOT);
        placement.setSlot(slot);
        scoreDirector.afterVariableChanged(placement, SLOT);
        taken.add(slot);
        means.add(slot.venue(), placement.waitDays());
    }

    /**
     * The slot on the earliest day that fits; among sites with one that day, the site where the
     * patient leaves the sites' mean waits most even, then the nearest, then the earliest start.
     */
    private static OpenSlot earliestFit(ListedRequest request, SlotIndex index, SiteMeans means) {
        List<OpenSlot> sameDay = new ArrayList<>();
        for (SiteQueue queue : index.sitesFor(request).values()) {
            LocalDate bestDay = sameDay.isEmpty() ? null : sameDay.get(0).clinicDay();
            OpenSlot candidate = queue.firstFitting(request, bestDay);
            if (candidate == null) {
                continue;
            }
            if (bestDay != null && candidate.clinicDay().isBefore(bestDay)) {
                sameDay.clear();
            }
            sameDay.add(candidate);
        }
        if (sameDay.isEmpty()) {
            return null;
        }
        long wait = request.waitDays(sameDay.get(0).clinicDay());
        return sameDay.stream()
                .min(Comparator.comparingDouble((OpenSlot slot) -> means.varianceWith(slot.venue(), wait))
                        .thenComparingDouble(slot -> request.kilometresTo(slot.venue()))
                        .thenComparing(OpenSlot::startsAt)
                        .thenComparing(slot -> slot.id().value()))
                .orElseThrow();
    }
}
