package org.imagingnetwork.core.booking;

/**
 * Hears the slot changes every instance announces. While the feed is down changes may be missed,
 * so a listener that caches must stop trusting what it holds until the feed is back.
 */
public interface SlotChangeListener {

    void changed(SlotChange change);

    /** The feed is (again) delivering every change from now on; anything earlier may have been missed. */
    void feedUp();

    /** The feed has lost its connection: changes are being missed. */
    void feedDown();
}
