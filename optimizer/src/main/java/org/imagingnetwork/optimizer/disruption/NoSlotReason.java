package org.imagingnetwork.optimizer.disruption;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.imagingnetwork.optimizer.allocation.ListedRequest;
import org.imagingnetwork.optimizer.allocation.OpenSlot;

/**
 * Why no slot was found for a displaced patient, found by narrowing the open slots rule by rule:
 * what can do the exam at all, then where the patient will go, then when they can come, then what
 * is still free. The first rule that leaves nothing is the reason.
 */
final class NoSlotReason {
    private NoSlotReason() {}

    static String of(ListedRequest request, Collection<OpenSlot> open, Set<OpenSlot> taken) {
        List<OpenSlot> clinical = open.stream()
                .filter(slot -> request.missingEquipment(slot) == 0
                        && request.sessionRunsExam(slot)
                        && request.slotLongEnough(slot)
                        && request.ageSuits(slot)
                        && request.coverSuits(slot)
                        && request.tableTakesWeight(slot))
                .toList();
        if (clinical.isEmpty()) {
            return "No other session in the horizon can do " + request.exam().name()
                    + " for this patient: the equipment, the session's exams, the slot length, the patient's age or their sedation needs rule out every other room";
        }
        List<OpenSlot> reachable = clinical.stream()
                .filter(slot -> request.acceptsSite(slot) && request.withinTravel(slot))
                .toList();
        if (reachable.isEmpty()) {
            return request.maxTravelKm().isPresent()
                    ? "Every session that can do it is further than the patient's limit of "
                            + request.maxTravelKm().getAsInt() + " km or at a site they did not choose"
                    : "Every session that can do it is at a site the patient did not choose";
        }
        List<OpenSlot> inTime = reachable.stream().filter(request::availableFor).toList();
        if (inTime.isEmpty()) {
            return "The " + reachable.size() + " slots that fit are all before the patient can come";
        }
        long free = inTime.stream()
                .filter(slot -> !slot.booked() && !taken.contains(slot))
                .count();
        if (free == 0) {
            return "All " + inTime.size() + " slots that fit are booked or went to patients moved before this one";
        }
        return (free == 1 ? "1 slot that fits is" : free + " slots that fit are")
                + " still free but the re-plan ended before it placed this patient; run it again";
    }
}
