package org.imagingnetwork.core.diary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.imagingnetwork.core.time.London;

/**
 * Cuts sessions into back-to-back slots. Sessions are planned in wall-clock time (a list runs
 * 08:30 to 12:30 London time), but slots are cut from the instants those times name, so a session
 * spanning a clock change gets the minutes it really has: an hour fewer on the spring night, an hour
 * more on the autumn night, and no slot is lost, doubled or left overlapping another.
 *
 * <p>Wall-clock times that do not exist or exist twice are turned into instants once, by
 * {@link London#moment}: a time in the spring gap (01:00 to 02:00 on the last Sunday of March) moves
 * on by the length of the gap, so a list planned for 01:30 starts at 02:30 BST, the moment the clock
 * would have shown 01:30; a time in the autumn overlap (01:00 to 02:00 on the last Sunday of October)
 * is the first of its two moments (BST). Slots are then laid from that instant, so on the autumn
 * night a session running through the overlap has slots at 01:30 BST and again at 01:30 GMT: two
 * different moments, each shown with its zone.
 */
public final class SlotCutter {

    private SlotCutter() {}

    /** The instants a session planned for {@code from}–{@code to} on a London clinic day runs between. */
    public static SlotWindow session(LocalDate clinicDay, LocalTime from, LocalTime to) {
        return new SlotWindow(London.moment(clinicDay, from), London.moment(clinicDay, to));
    }

    /**
     * Slots of {@code length} laid end to end from the session's start. Time left at the end that is
     * shorter than a slot stays unbooked session time (a radiographer's catch-up), not a short slot
     * that no exam would fit.
     */
    public static List<SlotWindow> cut(SlotWindow session, Duration length) {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("slot length must be positive: " + length);
        }
        List<SlotWindow> slots = new ArrayList<>();
        Instant start = session.startsAt();
        Instant end = start.plus(length);
        while (!end.isAfter(session.endsAt())) {
            slots.add(new SlotWindow(start, end));
            start = end;
            end = start.plus(length);
        }
        return slots;
    }
}
