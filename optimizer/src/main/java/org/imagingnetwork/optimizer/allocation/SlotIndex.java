package org.imagingnetwork.optimizer.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imagingnetwork.core.exam.ExamCode;

/**
 * The slots of a plan by the exam their session runs and by site, each list in time order, so that
 * the initial fill looks at a handful of candidates per site rather than at every slot. Booked slots
 * are left out: nobody else can have them.
 */
final class SlotIndex {

    private final Map<ExamCode, Map<Venue, SiteQueue>> queues = new HashMap<>();

    SlotIndex(List<OpenSlot> slots, Set<OpenSlot> taken) {
        Map<ExamCode, Map<Venue, List<OpenSlot>>> lists = new HashMap<>();
        for (OpenSlot slot : slots) {
            if (slot.booked()) {
                continue;
            }
            for (ExamCode exam : slot.sessionExams()) {
                lists.computeIfAbsent(exam, e -> new HashMap<>())
                        .computeIfAbsent(slot.venue(), v -> new ArrayList<>())
                        .add(slot);
            }
        }
        lists.forEach((exam, sites) -> {
            Map<Venue, SiteQueue> byVenue = new HashMap<>();
            sites.forEach((venue, list) -> {
                list.sort(OpenSlot.IN_TIME_ORDER);
                byVenue.put(venue, new SiteQueue(list, taken));
            });
            queues.put(exam, byVenue);
        });
    }

    /** The sites whose sessions run this exam, each with its queue; only those the patient would go to. */
    Map<Venue, SiteQueue> sitesFor(ListedRequest request) {
        Map<Venue, SiteQueue> all = queues.getOrDefault(request.exam().code(), Map.of());
        Map<Venue, SiteQueue> reachable = new HashMap<>();
        all.forEach((venue, queue) -> {
            if (request.wouldGoTo(venue)) { // the site-wide rules, once per site rather than per slot
                reachable.put(venue, queue);
            }
        });
        return reachable;
    }

    /** A slot was freed again: every queue that holds it looks from it on. */
    void released(OpenSlot slot) {
        for (ExamCode exam : slot.sessionExams()) {
            SiteQueue queue = queues.getOrDefault(exam, Map.of()).get(slot.venue());
            if (queue != null) {
                queue.released(slot);
            }
        }
    }
}
