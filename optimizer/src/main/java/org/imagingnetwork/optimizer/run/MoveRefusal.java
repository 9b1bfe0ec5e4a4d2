package org.imagingnetwork.optimizer.run;

import org.imagingnetwork.core.booking.BookingOutcome;

/** Why the booking service would not move a re-planned patient, in words for the manager. */
final class MoveRefusal {
    private MoveRefusal() {}

    static String words(BookingOutcome outcome) {
        if (outcome instanceof BookingOutcome.SlotTaken || outcome instanceof BookingOutcome.SlotHeld) {
            return "Someone else took the new time first";
        }
        if (outcome instanceof BookingOutcome.NotEligible notEligible) {
            return "The new time no longer suits: " + notEligible.reason().message();
        }
        if (outcome instanceof BookingOutcome.Invalid invalid
                && !invalid.errors().isEmpty()) {
            return invalid.errors().get(0).message();
        }
        return "The appointment could not be moved";
    }
}
