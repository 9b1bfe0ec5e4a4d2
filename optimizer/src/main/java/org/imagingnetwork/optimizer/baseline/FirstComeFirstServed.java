package org.imagingnetwork.optimizer.baseline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;
import org.imagingnetwork.optimizer.allocation.ListedRequest;
import org.imagingnetwork.optimizer.allocation.OpenSlot;
import org.imagingnetwork.optimizer.allocation.Placement;

/**
 * What networks do today, as the yardstick for the solver: each trust books its own waiting list into
 * its own rooms, first come first served. Requests are taken oldest referral first, whatever their
 * priority, and each gets the earliest free slot at one of its referring trust's own sites that fits
 * every hard rule the solver keeps ({@link ListedRequest#fits}); one request per slot. Booked
 * appointments stay where they are. A request for which its own trust has no fitting free slot
 * stays unplaced, even when another trust's scanner stands empty.
 *
 * <p>Because trusts never share rooms here, taking every trust's requests in one referral-date order
 * gives the same result as each trust working through its own list.
 */
public final class FirstComeFirstServed {

    /** A new plan over the same slots and requests, with the baseline's placements; the problem given is left as it was. */
    public AllocationPlan allocate(AllocationPlan problem) {
        Set<OpenSlot> taken = new HashSet<>();
        List<Placement> placements = new ArrayList<>();
        List<Placement> toPlace = new ArrayList<>();
        for (Placement placement : problem.placements()) {
            if (placement.booked()) {
                placements.add(Placement.booked(placement.request(), placement.horizon(), placement.slot()));
                taken.add(placement.slot());
            } else {
                Placement copy = placement.displaced()
                        ? Placement.displaced(placement.request(), placement.horizon())
                        : Placement.waiting(placement.request(), placement.horizon());
                placements.add(copy);
                toPlace.add(copy);
            }
        }
        Map<OdsCode, Map<ExamCode, TrustQueue>> queues = queues(problem.slots(), taken);
        toPlace.sort(Comparator.comparing((Placement p) -> p.request().referredOn())
                .thenComparing(p -> p.request().id().value()));
        for (Placement placement : toPlace) {
            ListedRequest request = placement.request();
            TrustQueue queue = queues.getOrDefault(request.referringTrust(), Map.of())
                    .get(request.exam().code());
            OpenSlot slot = queue == null ? null : queue.earliestFitting(request);
            if (slot != null) {
                placement.setSlot(slot);
                taken.add(slot);
            }
        }
        return new AllocationPlan(problem.horizon(), problem.slots(), placements);
    }

    /** Each trust's free slots for each exam its sessions run, earliest first. */
    private static Map<OdsCode, Map<ExamCode, TrustQueue>> queues(List<OpenSlot> slots, Set<OpenSlot> taken) {
        Map<OdsCode, Map<ExamCode, List<OpenSlot>>> lists = new HashMap<>();
        for (OpenSlot slot : slots) {
            if (slot.booked() || taken.contains(slot)) {
                continue;
            }
            for (ExamCode exam : slot.sessionExams()) {
                lists.computeIfAbsent(slot.venue().trust(), t -> new HashMap<>())
                        .computeIfAbsent(exam, e -> new ArrayList<>())
                        .add(slot);
            }
        }
        Map<OdsCode, Map<ExamCode, TrustQueue>> queues = new HashMap<>();
        lists.forEach((trust, byExam) -> {
            Map<ExamCode, TrustQueue> trustQueues = new HashMap<>();
            byExam.forEach((exam, list) -> {
                list.sort(OpenSlot.IN_TIME_ORDER);
                trustQueues.put(exam, new TrustQueue(list, taken));
            });
            queues.put(trust, trustQueues);
        });
        return queues;
    }

    /**
     * One trust's free slots for one exam in time order. The taken set is shared by all queues, as a
     * slot whose session runs several exams sits in several of them.
     */
    private static final class TrustQueue {
        private final List<OpenSlot> slots;
        private final Set<OpenSlot> taken;
        private int firstFree;

        TrustQueue(List<OpenSlot> slots, Set<OpenSlot> taken) {
            this.slots = slots;
            this.taken = taken;
        }

        OpenSlot earliestFitting(ListedRequest request) {
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
