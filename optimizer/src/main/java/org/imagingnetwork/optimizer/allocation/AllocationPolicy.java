package org.imagingnetwork.optimizer.allocation;

import java.time.Duration;
import java.util.Objects;

/**
 * The network's planning rules for proposals: how much notice a patient gets (unless they said they
 * can come at short notice), the urgent and two-week-wait targets in days from referral, and how
 * early before its due date a planned exam may be done.
 */
public record AllocationPolicy(
        Duration standardNotice, int urgentTargetDays, int twoWeekWaitTargetDays, int plannedEarlyDays) {

    public AllocationPolicy {
        Objects.requireNonNull(standardNotice, "standardNotice");
        if (standardNotice.isNegative() || urgentTargetDays < 0 || twoWeekWaitTargetDays < 0 || plannedEarlyDays < 0) {
            throw new IllegalArgumentException("notice and targets cannot be negative");
        }
    }

    /** Five days' notice; urgent within a week and suspected cancer within two; planned up to a week early. */
    public static AllocationPolicy standard() {
        return new AllocationPolicy(Duration.ofDays(5), 7, 14, 7);
    }
}
