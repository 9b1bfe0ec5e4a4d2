package org.imagingnetwork.core.booking;

/**
 * Tells listeners, after the change committed, that a slot changed hands or was blocked: released
 * slots are the offer engine's cue, and every kind tells availability caches which room's free slots
 * changed. The
 * database is the record (a release is also a {@code slot_release} row), so a lost notification
 * delays an offer or leaves a cache stale until it expires, never loses a booking.
 */
public interface SlotChangeNotifier {

    /** A slot became free again (a cancellation, or the old slot of a move). */
    void released(SlotReleased event);

    /** A free slot was booked (a booking, or the new slot of a move). */
    void booked(SlotBooked event);

    /** Staff blocked slots of a room: the portal must stop offering them at once. */
    void blocked(SlotsBlocked event);

    /**
     * A published diary opened slots of a room, or changed the exams their session runs: caches of
     * free slots must look again. No release is recorded, so the offer engine is not nudged; only
     * notifiers that tell other instances' caches need do anything.
     */
    default void opened(SlotsOpened event) {}
}
