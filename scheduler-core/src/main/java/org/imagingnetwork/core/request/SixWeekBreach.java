package org.imagingnetwork.core.request;

import java.time.Instant;
import java.time.LocalDate;
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
}
