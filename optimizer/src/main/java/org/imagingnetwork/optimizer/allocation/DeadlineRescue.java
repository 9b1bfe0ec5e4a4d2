package org.imagingnetwork.optimizer.allocation;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * After the fill has placed one band of patients with a deadline (a target day, or the day their six
 * weeks run out) earliest deadline first, seats those it left late by moving others of the same band
 * who can go elsewhere by their own deadline: augmenting paths of a bipartite matching (Kuhn's
 * algorithm), so that the band ends with as many patients seen in time as the free slots allow.
 * Greedy placement misses these when patients differ in where they can go (a travel limit, a chosen
 * site, equipment, a child's age), which local search, one move at a time, rarely repairs.
 *
 * <p>Only slots that are free or held by the band are used: a band never takes what a higher one has.
 * A slot found to lead nowhere stays marked until some patient is seated, as the standard speed-up.
 * The search looks at no more than a given number of slots in all ({@link #MAX_LOOKS} in the fill), so that the first plan of a large
 * part comes within seconds whatever the network; local search carries on from there.
 */
final class DeadlineRescue {

    static final long MAX_LOOKS = 5_000_000;

    private final SlotIndex index;
    private final Set<OpenSlot> taken;
    private final SiteMeans means;
    private final Function<ListedRequest, LocalDate> deadline;
    private final Map<OpenSlot, Placement> holders = new HashMap<>();
    private final Map<Placement, OpenSlot> seats = new LinkedHashMap<>();
    private final Map<Placement, List<OpenSlot>> candidates = new HashMap<>();
    private final Set<OpenSlot> seen = new HashSet<>();
    private final long maxLooks;
    private long looks;

    DeadlineRescue(
            SlotIndex index,
            Set<OpenSlot> taken,
            SiteMeans means,
            Function<ListedRequest, LocalDate> deadline,
            long maxLooks) {
        this.maxLooks = maxLooks;
        this.index = index;
        this.taken = taken;
        this.means = means;
        this.deadline = deadline;
    }

    /**
     * Moves members of the band so that as many as possible are seen by their deadline, and returns
     * each member whose slot changed with its new slot. The placements themselves are not touched:
     * the caller applies the changes through the score director.
     */
    Map<Placement, OpenSlot> rescue(List<Placement> band, BooleanSupplier stop) {
        Map<Placement, OpenSlot> before = new HashMap<>();
        for (Placement member : band) {
            before.put(member, member.slot());
            seats.put(member, member.slot());
            if (member.slot() != null) {
                holders.put(member.slot(), member);
            }
        }
        for (Placement member : band) {
            if (stop.getAsBoolean() || looks >= maxLooks) {
                break;
            }
            if (late(member) && augment(member)) {
                seen.clear();
            }
        }
        Map<Placement, OpenSlot> moved = new LinkedHashMap<>();
        seats.forEach((member, slot) -> {
            if (slot != before.get(member)) {
                moved.put(member, slot);
            }
        });
        return moved;
    }

    private boolean late(Placement member) {
        OpenSlot seat = seats.get(member);
        return seat == null || seat.clinicDay().isAfter(deadline.apply(member.request()));
    }

    /** Depth first, without recursion: a chain of moves can be as long as the band. */
    private boolean augment(Placement root) {
        Deque<Step> path = new ArrayDeque<>();
        path.push(new Step(root, candidatesOf(root).iterator()));
        while (!path.isEmpty()) {
            Step step = path.peek();
            if (!step.slots.hasNext()) {
                path.pop();
                continue;
            }
            OpenSlot slot = step.slots.next();
            looks++;
            if (!seen.add(slot)) {
                continue;
            }
            Placement holder = holders.get(slot);
            if (holder == null && taken.contains(slot)) {
                continue;
            }
            step.target = slot;
            if (holder == null || late(holder)) {
                if (holder != null) {
                    evict(holder);
                }
                for (Step each : path) {
                    move(each.member, each.target);
                }
                return true;
            }
            path.push(new Step(holder, candidatesOf(holder).iterator()));
        }
        return false;
    }

    /**
     * Unseats a member who is late anyway, so that one who can still be seen in time takes the slot:
     * one patient fewer misses their day. The caller places the unseated again where it can.
     */
    private void evict(Placement member) {
        OpenSlot old = seats.put(member, null);
        holders.remove(old);
        taken.remove(old);
        index.released(old);
        means.remove(old.venue(), member.request().waitDays(old.clinicDay()));
    }

    /** Seats a member in a slot that is free by now, freeing the one it had. */
    private void move(Placement member, OpenSlot slot) {
        OpenSlot old = seats.get(member);
        if (old != null) {
            holders.remove(old);
            taken.remove(old);
            index.released(old);
            means.remove(old.venue(), member.request().waitDays(old.clinicDay()));
        }
        seats.put(member, slot);
        holders.put(slot, member);
        taken.add(slot);
        means.add(slot.venue(), member.request().waitDays(slot.clinicDay()));
    }

    private List<OpenSlot> candidatesOf(Placement member) {
        return candidates.computeIfAbsent(member, m -> {
            List<OpenSlot> fitting = new ArrayList<>();
            LocalDate lastDay = deadline.apply(m.request());
            index.sitesFor(m.request())
                    .values()
                    .forEach(queue -> fitting.addAll(queue.fittingBy(m.request(), lastDay)));
            looks += fitting.size();
            return fitting;
        });
    }

    private static final class Step {
        private final Placement member;
        private final Iterator<OpenSlot> slots;
        private OpenSlot target;

        Step(Placement member, Iterator<OpenSlot> slots) {
            this.member = member;
            this.slots = slots;
        }
    }
}
