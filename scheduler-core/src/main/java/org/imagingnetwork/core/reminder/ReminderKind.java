package org.imagingnetwork.core.reminder;

import java.time.Duration;

/**
 * The reminders of an appointment: a week before and a day before. Each is due from its lead time
 * before the start until the next one is due (a week's reminder missed until the last day is not
 * sent as well as the day's), and only for an appointment booked before it fell due: a patient who
 * books three days ahead has just had their confirmation and gets the day's reminder alone.
 */
public enum ReminderKind {
    WEEK_BEFORE(Duration.ofDays(7), Duration.ofDays(1)),
    DAY_BEFORE(Duration.ofDays(1), Duration.ZERO);

    private final Duration lead;
    private final Duration closesBefore;

    ReminderKind(Duration lead, Duration closesBefore) {
        this.lead = lead;
        this.closesBefore = closesBefore;
    }

    /** How long before the appointment this reminder falls due. */
    public Duration lead() {
        return lead;
    }

    /** How long before the appointment it is too late to send this reminder. */
    public Duration closesBefore() {
        return closesBefore;
    }
}
