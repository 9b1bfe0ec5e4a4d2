package org.imagingnetwork.optimizer.run;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.imagingnetwork.core.booking.SlotBooked;
import org.imagingnetwork.core.booking.SlotChangeNotifier;
import org.imagingnetwork.core.booking.SlotReleased;
import org.imagingnetwork.core.booking.SlotsBlocked;
import org.imagingnetwork.core.booking.SlotsOpened;

/** The slot changes a run service announced, as the slot-change channel would carry them. */
final class AnnouncedSlots implements SlotChangeNotifier {

    final List<SlotsBlocked> blocked = new CopyOnWriteArrayList<>();
    final List<SlotsOpened> opened = new CopyOnWriteArrayList<>();

    @Override
    public void released(SlotReleased event) {}

    @Override
    public void booked(SlotBooked event) {}

    @Override
    public void blocked(SlotsBlocked event) {
        blocked.add(event);
    }

    @Override
    public void opened(SlotsOpened event) {
        opened.add(event);
    }
}
