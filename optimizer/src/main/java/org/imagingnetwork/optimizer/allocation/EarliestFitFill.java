package org.imagingnetwork.optimizer.allocation;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.imagingnetwork.core.exam.ExamCode;

/**
 * The construction phase: takes the unplaced requests most urgent first and gives each the
 * earliest free slot anywhere in the network that fits every hard rule, the nearest site breaking
 * ties on a day. It never breaks a hard rule, so the first complete plan is feasible; local search
 * then improves it. Timefold's generic construction heuristics try every slot for every request,
 * which at network scale (tens of thousands of each) takes far longer than the time a manager waits.
 *
 * <p>Slots are indexed by the exam their session runs and by site, in time order, so each request
 * looks at a handful of candidates per site rather than at every slot.
 */
final class EarliestFitFill implements PhaseCommand<AllocationPlan> {

    private static final String SLOT = "slot";

    @Override
    public void changeWorkingSolution(ScoreDirector<AllocationPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        AllocationPlan plan = scoreDirector.getWorkingSolution();
        Set<OpenSlot> taken = new HashSet<>();
        for (Placement placement : plan.placements()) {
            if (placement.slot() != null) {
                taken.add(placement.slot());
            }
        }
        Map<ExamCode, Map<Venue, SiteQueue>> index = index(plan.slots(), taken);
        List<Placement> toPlace = new ArrayList<>();
        for (Placement placement : plan.placements()) {
            if (!placement.booked() && placement.slot() == null) {
                toPlace.add(placement);
            }
        }
        toPlace.sort(UrgencyOrder.of(plan.horizon()));
        for (Placement placement : toPlace) {
            if (isPhaseTerminated.getAsBoolean()) {
                break;
            }
            OpenSlot best = earliestFit(
                    placement.request(),
                    index.getOrDefault(placement.request().exam().code(), Map.of()));
            if (best != null) {
                scoreDirector.beforeVariableChanged(placement, SLOT);
                placement.setSlot(best);
                scoreDirector.afterVariableChanged(placement, SLOT);
                taken.add(best);
            }
        }
        scoreDirector.triggerVariableListeners();
    }

    private static OpenSlot earliestFit(ListedRequest request, Map<Venue, SiteQueue> sites) {
        OpenSlot best = null;
        double bestKm = Double.MAX_VALUE;
        for (Map.Entry<Venue, SiteQueue> site : sites.entrySet()) {
            Venue venue = site.getKey();
            double km = request.kilometresTo(venue);
            if (request.maxTravelKm().isPresent() && km > request.maxTravelKm().getAsInt()) {
                continue;
            }
            if (!request.acceptableSites().isEmpty()
                    && !request.acceptableSites().contains(venue.site())) {
                continue;
            }
            OpenSlot candidate = site.getValue().firstFitting(request);
            if (candidate != null && (best == null || earlier(candidate, km, best, bestKm))) {
                best = candidate;
                bestKm = km;
            }
        }
        return best;
    }

    private static boolean earlier(OpenSlot candidate, double km, OpenSlot best, double bestKm) {
        int byDay = candidate.clinicDay().compareTo(best.clinicDay());
        if (byDay != 0) {
            return byDay < 0;
        }
        if (km != bestKm) {
            return km < bestKm;
        }
        return candidate.startsAt().isBefore(best.startsAt());
    }

    private static Map<ExamCode, Map<Venue, SiteQueue>> index(List<OpenSlot> slots, Set<OpenSlot> taken) {
        Map<ExamCode, Map<Venue, List<OpenSlot>>> lists = new HashMap<>();
        for (OpenSlot slot : slots) {
            if (slot.booked() || taken.contains(slot)) {
                continue;
            }
            for (ExamCode exam : slot.sessionExams()) {
                lists.computeIfAbsent(exam, e -> new HashMap<>())
                        .computeIfAbsent(slot.venue(), v -> new ArrayList<>())
                        .add(slot);
            }
        }
        Map<ExamCode, Map<Venue, SiteQueue>> index = new HashMap<>();
        lists.forEach((exam, sites) -> {
            Map<Venue, SiteQueue> queues = new HashMap<>();
            sites.forEach((venue, list) -> {
                list.sort(Comparator.comparing(OpenSlot::startsAt)
                        .thenComparing(slot -> slot.id().value()));
                queues.put(venue, new SiteQueue(list, taken));
            });
            index.put(exam, queues);
        });
        return index;
    }

    /**
     * The free slots of one site for one exam, in time order. The set of taken slots is shared by
     * every queue, since a slot can run several exams.
     */
    private static final class SiteQueue {
        private final List<OpenSlot> slots;
        private final Set<OpenSlot> taken;
        private int firstFree;

        SiteQueue(List<OpenSlot> slots, Set<OpenSlot> taken) {
            this.slots = slots;
            this.taken = taken;
        }

        OpenSlot firstFitting(ListedRequest request) {
            while (firstFree < slots.size() && taken.contains(slots.get(firstFree))) {
                firstFree++;
            }
            for (int i = firstFree; i < slots.size(); i++) {
                OpenSlot slot = slots.get(i);
                if (!taken.contains(slot) && request.fits(slot)) {
                    return slot;
                }
            }
            return null;
        }
    }
}
