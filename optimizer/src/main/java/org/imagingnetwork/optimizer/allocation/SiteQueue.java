package org.imagingnetwork.optimizer.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The slots of one site whose sessions run one exam, in time order, for the initial fill. The set of
 * taken slots is shared by every queue, since a slot can run several exams.
 */
final class SiteQueue {
    private final List<OpenSlot> slots;
    private final Set<OpenSlot> taken;
    private int firstFree;

    SiteQueue(List<OpenSlot> slots, Set<OpenSlot> taken) {
        this.slots = List.copyOf(slots);
        this.taken = taken;
    }

    /**
     * The first free slot that fits, from the request's earliest start on and no later than the
     * given day (a slot on a later day cannot beat the best found at another site), or null.
     */
    OpenSlot firstFitting(ListedRequest request, LocalDate notAfter) {
        while (firstFree < slots.size() && taken.contains(slots.get(firstFree))) {
            firstFree++;
        }
        for (int i = Math.max(firstFree, firstStartingFrom(request.earliestStart())); i < slots.size(); i++) {
            OpenSlot slot = slots.get(i);
            if (notAfter != null && slot.clinicDay().isAfter(notAfter)) {
                return null;
            }
            if (!taken.contains(slot) && request.fits(slot)) {
                return slot;
            }
        }
        return null;
    }

    /** Every slot here that fits the request by the given day and is not booked, free or not. */
    List<OpenSlot> fittingBy(ListedRequest request, LocalDate lastDay) {
        List<OpenSlot> fitting = new ArrayList<>();
        for (int i = firstStartingFrom(request.earliestStart()); i < slots.size(); i++) {
            OpenSlot slot = slots.get(i);
            if (slot.clinicDay().isAfter(lastDay)) {
                break;
            }
            if (!slot.booked() && request.fits(slot)) {
                fitting.add(slot);
            }
        }
        return fitting;
    }

    /** A slot of this queue has been freed again: look from it on next time. */
    void released(OpenSlot slot) {
        int at = firstStartingFrom(slot.startsAt());
        firstFree = Math.min(firstFree, at);
    }

    /** The index of the first slot starting at or after this moment, by binary search over the time order. */
    private int firstStartingFrom(Instant moment) {
        int low = 0;
        int high = slots.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (slots.get(middle).startsAt().isBefore(moment)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
