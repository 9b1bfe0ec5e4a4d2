package org.imagingnetwork.simulation.run;

import java.util.ArrayList;
import java.util.List;
import org.imagingnetwork.core.booking.SlotBooked;
import org.imagingnetwork.core.booking.SlotChangeNotifier;
import org.imagingnetwork.core.booking.SlotReleased;
import org.imagingnetwork.core.booking.SlotsBlocked;

/**
 * The simulation's end of the booking service's slot-change notifications: releases are the offer
 * engine's cue, as the portal's relay makes them; bookings and blocks need no cache kept fresh here.
 */
final class ReleaseFeed implements SlotChangeNotifier {

    private final List<SlotReleased> pending = new ArrayList<>();

    @Override
    public synchronized void released(SlotReleased event) {
        pending.add(event);
    }

    @Override
    public void booked(SlotBooked event) {
        // Nothing caches free slots in the simulation: each booking round reads them afresh.
    }

    @Override
    public void blocked(SlotsBlocked event) {
        // As for bookings.
    }

    /** The releases since the last call, oldest first. */
    synchronized List<SlotReleased> drain() {
        List<SlotReleased> drained = List.copyOf(pending);
        pending.clear();
        return drained;
    }
}
