package org.imagingnetwork.simulation.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.time.London;

/**
 * The free slots as a patient or clerk sees them when choosing: for each exam, in lanes of slots
 * that differ only in time and length (one site, one kind of room), each in time order, so that the
 * earliest slot that fits is found by passing over the lanes the patient cannot use and looking at a
 * few slots of the others — on the whole network as on a small one. A slot taken since the board
 * was read is struck off; the booking service decides anyway.
 */
public final class SlotBoard {

    private static final Comparator<FreeSlot> IN_TIME = Comparator.comparing(FreeSlot::startsAt)
            .thenComparingLong(slot -> slot.id().value());

    private final Map<String, List<Lane>> byExam = new HashMap<>();
    private final Set<SlotId> gone = new HashSet<>();

    public SlotBoard(List<FreeSlot> freeSlots) {
        Map<String, Map<LaneKey, List<FreeSlot>>> grouped = new HashMap<>();
        Map<SlotId, Long> days = new HashMap<>();
        for (FreeSlot slot : freeSlots) {
            days.put(slot.id(), London.clinicDay(slot.startsAt()).toEpochDay());
            LaneKey key = new LaneKey(slot.site(), slot.capabilities(), slot.maxWeightKg(), slot.minChildAge());
            for (String exam : slot.exams()) {
                grouped.computeIfAbsent(exam, e -> new LinkedHashMap<>())
                        .computeIfAbsent(key, k -> new ArrayList<>())
                        .add(slot);
            }
        }
        grouped.forEach((exam, lanes) -> byExam.put(
                exam,
                lanes.values().stream().map(slots -> new Lane(slots, days)).toList()));
    }

    /** What a lane's slots share: everything but their time and length. */
    private record LaneKey(String site, Set<String> capabilities, int maxWeightKg, OptionalInt minChildAge) {}

    /**
     * The slot the request would choose: on the earliest London day with a slot that fits, starting no
     * earlier than {@code from}, among the sites {@code where} allows (judged by the slot's site), the
     * one nearest home (then the earliest). Empty when none fits.
     */
    public Optional<FreeSlot> choose(WaitingRequest request, Instant from, Predicate<FreeSlot> where) {
        FreeSlot best = null;
        long bestDay = Long.MAX_VALUE;
        double bestKm = Double.MAX_VALUE;
        for (Lane lane : byExam.getOrDefault(request.exam(), List.of())) {
            FreeSlot any = lane.slots[0];
            if (!request.fitsRoom(any) || !where.test(any)) {
                continue;
            }
            int found = lane.first(from, request.minutes(), bestDay);
            if (found < 0) {
                continue;
            }
            FreeSlot slot = lane.slots[found];
            long day = lane.days[found];
            double km = request.kilometresTo(slot);
            if (day < bestDay
                    || (day == bestDay && (km < bestKm || (km == bestKm && IN_TIME.compare(slot, best) < 0)))) {
                best = slot;
                bestDay = day;
                bestKm = km;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Strikes the slot off: booked, or refused for reasons the board cannot see. */
    public void strike(SlotId slot) {
        gone.add(slot);
    }

    /** One kind of room's free slots at one site for an exam, in time order. */
    private final class Lane {

        private final FreeSlot[] slots;
        private final long[] days;
        /** Every slot before this one is struck off. */
        private int head;

        Lane(List<FreeSlot> free, Map<SlotId, Long> dayOf) {
            slots = free.stream().sorted(IN_TIME).toArray(FreeSlot[]::new);
            days = new long[slots.length];
            for (int i = 0; i < slots.length; i++) {
                days[i] = dayOf.get(slots[i].id());
            }
        }

        /** The first slot from {@code from} long enough and not struck off, on or before day {@code latest}; -1 if none. */
        int first(Instant from, int minutes, long latest) {
            while (head < slots.length && gone.contains(slots[head].id())) {
                head++;
            }
            for (int i = Math.max(head, startingAt(from)); i < slots.length && days[i] <= latest; i++) {
                if (slots[i].minutes() >= minutes && !gone.contains(slots[i].id())) {
                    return i;
                }
            }
            return -1;
        }

        /** The index of the first slot starting at or after {@code from}. */
        private int startingAt(Instant from) {
            int low = 0;
            int high = slots.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (slots[middle].startsAt().isBefore(from)) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
