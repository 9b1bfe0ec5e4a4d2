package org.imagingnetwork.core.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.request.RequestId;

/**
 * The diary of a range of clinic days, read in bulk for planners (the optimiser, reports): a handful
 * of queries however many sessions and slots there are.
 */
public interface DiaryReader {

    /** Sessions whose clinic day is from {@code first} to {@code last} inclusive, with their staff, in start order. */
    List<Session> sessions(LocalDate first, LocalDate last);

    /** The slots of those sessions, in start order. */
    List<Slot> slots(LocalDate first, LocalDate last);

    /** For each slot of those days with a live appointment, the request booked into it. */
    Map<SlotId, RequestId> liveBookings(LocalDate first, LocalDate last);
}
