package org.imagingnetwork.core.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.imagingnetwork.core.time.London;

/**
 * The national diagnostic standard: a patient should be tested within six weeks of referral.
 * The breach date is the London calendar day six weeks after the referral was received.
 */
public final class SixWeekBreach {
    private SixWeekBreach() {}

    public static LocalDate dateFor(Instant receivedAt) {
        return London.clinicDay(receivedAt).plusWeeks(6);
    }

    /**
     * A planned request (a follow-up due on a date) is not waiting until its due date, so its six
     * weeks run from then, as in the national DM01 return; any other request's run from receipt.
     */
    public static LocalDate dateFor(Instant receivedAt, Optional<LocalDate> dueDate) {
        LocalDate fromReceipt = dateFor(receivedAt);
        return dueDate.map(due -> due.plusWeeks(6))
                .filter(fromDue -> fromDue.isAfter(fromReceipt))
                .orElse(fromReceipt);
    }
}
