package org.imagingnetwork.optimizer.allocation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.imagingnetwork.core.network.Modality;

/**
 * Splits an allocation into parts the solver can take one at a time, as Community Timefold has no
 * partitioned search: by modality (no request can use another modality's slot), optionally by
 * integrated care system (requests by their referring trust's ICS, slots by their site's), and by
 * week. Weeks are solved in order, each with the requests earlier weeks left unplaced, so a
 * multi-week horizon never offers one patient two slots.
 */
public final class Partitioner {

    private final boolean byIcs;

    /** @param byIcs also split by integrated care system: smaller parts, but no patient is sent across an ICS border */
    public Partitioner(boolean byIcs) {
        this.byIcs = byIcs;
    }

    /** The independent groups of a plan: one per modality (and ICS), each a list of weekly parts in order. */
    public List<Group> groups(
            AllocationPlan plan, Function<org.imagingnetwork.core.network.OdsCode, String> icsOfTrust) {
        Map<String, List<OpenSlot>> slots = new TreeMap<>();
        for (OpenSlot slot : plan.slots()) {
            slots.computeIfAbsent(key(slot.room().modality(), slot.venue().icsCode()), k -> new ArrayList<>())
                    .add(slot);
        }
        Map<String, List<Placement>> placements = new TreeMap<>();
        for (Placement placement : plan.placements()) {
            String key = placement.booked()
                    ? key(
                            placement.slot().room().modality(),
                            placement.slot().venue().icsCode())
                    : key(
                            placement.request().exam().modality(),
                            icsOfTrust.apply(placement.request().referringTrust()));
            placements.computeIfAbsent(key, k -> new ArrayList<>()).add(placement);
        }
        Set<String> keys = new HashSet<>(slots.keySet());
        keys.addAll(placements.keySet());
        List<Group> groups = new ArrayList<>();
        keys.stream()
                .sorted()
                .forEach(key -> groups.add(new Group(
                        key,
                        plan.horizon(),
                        slots.getOrDefault(key, List.of()),
                        placements.getOrDefault(key, List.of()))));
        return groups;
    }

    private String key(Modality modality, String ics) {
        return byIcs ? modality + "/" + ics : modality.name();
    }

    /** Puts solved parts back together into one plan over the whole horizon. */
    public static AllocationPlan merge(Horizon horizon, List<AllocationPlan> parts) {
        List<OpenSlot> slots = new ArrayList<>();
        Map<Long, Placement> placements = new HashMap<>();
        for (AllocationPlan part : parts) {
            slots.addAll(part.slots());
            for (Placement placement : part.placements()) {
                Placement earlier = placements.get(placement.request().id().value());
                if (earlier == null || (!earlier.placed() && placement.placed())) {
                    placements.put(placement.request().id().value(), placement);
                }
            }
        }
        slots.sort(OpenSlot.IN_TIME_ORDER);
        List<Placement> merged = new ArrayList<>(placements.values());
        merged.sort(Comparator.comparing(p -> p.request().id().value()));
        return new AllocationPlan(horizon, slots, merged);
    }

    /** One modality (and ICS) of a plan: its slots and the requests that can only use them. */
    public record Group(String key, Horizon horizon, List<OpenSlot> slots, List<Placement> placements) {

        public Group {
            slots = List.copyOf(slots);
            placements = List.copyOf(placements);
        }

        /** The weeks of the horizon (Monday to Sunday, cut to the horizon), in order. */
        public List<Horizon> weeks() {
            List<Horizon> weeks = new ArrayList<>();
            LocalDate start = horizon.firstDay();
            while (!start.isAfter(horizon.lastDay())) {
                LocalDate end = start.with(DayOfWeek.SUNDAY);
                if (end.isAfter(horizon.lastDay())) {
                    end = horizon.lastDay();
                }
                weeks.add(new Horizon(start, end));
                start = end.plusDays(1);
            }
            return weeks;
        }

        /**
         * The part of one week: its slots, the bookings in them, and the waiting requests not yet
         * placed by an earlier week (given as {@code stillWaiting}), judged over the whole horizon.
         */
        public AllocationPlan week(Horizon week, Set<Long> stillWaiting) {
            List<OpenSlot> weekSlots = slots.stream()
                    .filter(slot -> week.contains(slot.clinicDay()))
                    .toList();
            List<Placement> weekPlacements = new ArrayList<>();
            for (Placement placement : placements) {
                if (placement.booked()) {
                    if (week.contains(placement.slot().clinicDay())) {
                        weekPlacements.add(Placement.booked(placement.request(), horizon, placement.slot()));
                    }
                } else if (stillWaiting.contains(placement.request().id().value())) {
                    weekPlacements.add(
                            placement.displaced()
                                    ? Placement.displaced(placement.request(), horizon)
                                    : Placement.waiting(placement.request(), horizon));
                }
            }
            return new AllocationPlan(horizon, weekSlots, weekPlacements);
        }

        public Set<Long> waitingIds() {
            Set<Long> ids = new HashSet<>();
            placements.stream()
                    .filter(p -> !p.booked())
                    .forEach(p -> ids.add(p.request().id().value()));
            return ids;
        }
    }
}
