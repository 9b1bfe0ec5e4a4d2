package org.imagingnetwork.core.diary;

/**
 * What publishing a planned diary wrote: sessions updated in place and added, published sessions the
 * plan no longer runs (blocked), slots cut, sessions whose slots were kept because patients are booked
 * into them, and planned sessions skipped because the diary has since gained another session there.
 */
public record DiaryPublication(
        int sessionsUpdated, int sessionsAdded, int sessionsStopped, int slotsCut, int keptForBookings, int skipped) {}
