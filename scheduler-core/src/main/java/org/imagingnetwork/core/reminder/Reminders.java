package org.imagingnetwork.core.reminder;

import java.time.Instant;
import java.util.List;
import org.imagingnetwork.core.booking.AppointmentId;

/**
 * Appointment reminders as PostgreSQL keeps them. A reminder is claimed once, by whichever instance
 * gets there first, in the transaction that records the claim: it is never sent twice, by two
 * instances or after a restart. One claimed by an instance that died before sending stays unsent
 * (at most once: a missed reminder is better than a doubled one).
 */
public interface Reminders {

    /**
     * Claims up to {@code limit} reminders due at {@code now} for appointments still booked, none
     * claimed before, soonest appointment first.
     */
    List<DueReminder> claimDue(Instant now, int limit);

    /** What came of sending a claimed reminder. */
    void recordOutcome(AppointmentId appointment, ReminderKind kind, Outcome outcome, Instant at);

    /** How a reminder reached the patient, if it did. */
    enum Outcome {
        TEXT,
        EMAIL,
        NOT_SENT
    }
}
