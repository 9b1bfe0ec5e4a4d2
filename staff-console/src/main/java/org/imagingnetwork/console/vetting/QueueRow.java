package org.imagingnetwork.console.vetting;

import java.time.Instant;

/** A referral waiting to be vetted, as a radiologist scans the queue. */
public record QueueRow(
        long requestId,
        String patientName,
        String nhsNumber,
        String examName,
        String priority,
        String referringTrust,
        Instant receivedAt,
        boolean needsContrast,
        boolean needsSedation) {

    /** Only routine referrals are justified in bulk; the others are each looked at on their own. */
    public boolean routine() {
        return "ROUTINE".equals(priority);
    }
}
