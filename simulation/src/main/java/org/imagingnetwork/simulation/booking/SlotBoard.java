package org.imagingnetwork.simulation.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.time.London;

/**
 * The free slots as a patient or clerk sees them when choosing, by exam and in time order, so that
 * the earliest slot that fits is found by looking at a few. A slot taken since the board was read is
 * struck off; the booking service decides anyway.
 */
public final class SlotBoard {

    private final Map<String, List<FreeSlot>> byExam = new HashMap<>();
    private final Set<SlotId> gone = new HashSet<>();

    public SlotBoard(List<FreeSlot> freeSlots) {
        for (FreeSlot slot : freeSlots) {
            for (String exam : slot.exams()) {
                byExam.computeIfAbsent(exam, e -> new ArrayList<>()).add(slot);
            }
        }
        byExam.values()
                .forEach(slots -> slots.sort((a, b) -> {
                    int byStart = a.startsAt().compareTo(b.startsAt());
                    return byStart != 0 ? byStart : Long.compare(a.id().value(), b.id().value());
                }));
    }

    /**
     * The slot the request would choose: on the earliest London day with a slot that fits, starting no
     * earlier than {@code from}, among the sites {@code where} allows, the one nearest home (then the
     * earliest). Empty when none fits.
     */
    public Optional<FreeSlot> choose(WaitingRequest request, Instant from, Predicate<FreeSlot> where) {
        FreeSlot best = null;
        LocalDate day = null;
        for (FreeSlot slot : byExam.getOrDefault(request.exam(), List.of())) {
            if (slot.startsAt().isBefore(from) || gone.contains(slot.id())) {
                continue;
            }
            LocalDate slotDay = London.clinicDay(slot.startsAt());
            if (day != null && slotDay.isAfter(day)) {
                break;
            }
            if (request.fits(slot) && where.test(slot)) {
                if (best == null || request.kilometresTo(slot) < request.kilometresTo(best)) {
                    best = slot;
                    day = slotDay;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Strikes the slot off: booked, or refused for reasons the board cannot see. */
    public void strike(SlotId slot) {
        gone.add(slot);
    }
}
