package org.imagingnetwork.console.web;

import java.time.Instant;
import org.imagingnetwork.core.outbox.RejectionNotice;

/**
 * The line a rejected referral's history ends with: whether the referring trust has been told,
 * when, and what is holding it up if not. Public for the pages' templates.
 */
public record ReferrerNotice(Instant at, String who, String change, String why) {

    public static ReferrerNotice of(RejectionNotice notice) {
        return switch (notice.progress()) {
            case TOLD ->
                new ReferrerNotice(
                        notice.deliveredAt().orElse(notice.recordedAt()),
                        "FHIR relay",
                        "Referrer told",
                        "The referring trust's RIS has the rejection and its reason");
            case SENDING ->
                new ReferrerNotice(
                        notice.recordedAt(),
                        "FHIR relay",
                        "Telling the referrer",
                        notice.attempts() == 0
                                ? "Waiting to be sent to the referring trust's RIS"
                                : "Not in the referring trust's RIS yet: tried " + times(notice.attempts())
                                        + ", trying again");
            case PARKED ->
                new ReferrerNotice(
                        notice.recordedAt(),
                        "FHIR relay",
                        "Referrer not told",
                        "The referring trust's RIS did not take it after " + tries(notice.attempts())
                                + ". A service manager can send it again from the parked RIS writes");
        };
    }

    private static String times(int attempts) {
        return attempts == 1 ? "once" : attempts + " times";
    }

    private static String tries(int attempts) {
        return attempts == 1 ? "one try" : attempts + " tries";
    }
}
