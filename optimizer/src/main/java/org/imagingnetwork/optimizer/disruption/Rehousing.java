package org.imagingnetwork.optimizer.disruption;

import org.imagingnetwork.optimizer.allocation.ListedRequest;
import org.imagingnetwork.optimizer.allocation.OpenSlot;

/** What a closure means for one booked patient: a new slot, or none and why. */
public sealed interface Rehousing {

    ListedRequest request();

    /** The slot the patient was booked into, which the closure took away. */
    OpenSlot lost();

    /** Another slot that fits every rule for this patient. */
    record Rebooked(ListedRequest request, OpenSlot lost, OpenSlot slot) implements Rehousing {}

    /** No slot could be found; the reason says which rule rules out the rest of the network. */
    record NoSlot(ListedRequest request, OpenSlot lost, String reason) implements Rehousing {}
}
