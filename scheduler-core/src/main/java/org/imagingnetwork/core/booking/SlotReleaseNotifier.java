package org.imagingnetwork.core.booking;

/**
 * Tells listeners (the offer engine) that a slot was released, after the release committed. The
 * release is also a row in PostgreSQL, so a lost notification delays an offer, never loses it.
 */
public interface SlotReleaseNotifier {
    void released(SlotReleased event);
}
