package org.imagingnetwork.portal.reminders;

import io.micrometer.core.instrument.Metrics;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.jdbc.JdbiReminders;
import org.imagingnetwork.core.notify.QuietHours;
import org.imagingnetwork.core.reminder.DueReminder;
import org.imagingnetwork.core.reminder.Reminders;
import org.imagingnetwork.core.signin.SignInLinks;
import org.imagingnetwork.portal.web.PatientMessages;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds patients of their appointments a week and a day before, by text or email as they prefer,
 * in their language, with the exam's preparation and a sign-in link to change or cancel. Any instance
 * may run it: each reminder is claimed in PostgreSQL before it is sent ({@link Reminders}), so one
 * instance sends it, once. Nothing is sent in the quiet hours; what fell due overnight goes with the
 * first sweep of the morning.
 */
@Singleton
public class ReminderSender {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderSender.class);

    private static final int PER_SWEEP = 200;

    private final Reminders reminders;
    private final QuietHours quiet;
    private final PatientMessages messages;
    private final SignInLinks links;
    private final Clock clock;

    ReminderSender(Jdbi jdbi, ReminderSettings settings, PatientMessages messages, SignInLinks links, Clock clock) {
        this.reminders = new JdbiReminders(jdbi);
        this.quiet = settings.quietHours();
        this.messages = messages;
        this.links = links;
        this.clock = clock;
    }

    /** Claims and sends the reminders due now; returns how many this instance claimed. */
    public int sendDue() {
        Instant now = clock.instant();
        if (quiet.at(now)) {
            return 0;
        }
        List<DueReminder> due = reminders.claimDue(now, PER_SWEEP);
        due.forEach(this::send);
        return due.size();
    }

    private void send(DueReminder reminder) {
        Reminders.Outcome outcome = Reminders.Outcome.NOT_SENT;
        try {
            PatientMessages.Sent sent = messages.send(reminder.patient(), "message.reminder", locale -> {
                Map<String, Object> variables = new HashMap<>(
                        PatientMessages.appointment(reminder.exam()::in, reminder.startsAt(), reminder.siteName())
                                .apply(locale));
                variables.put("preparation", reminder.preparationIn(locale));
                variables.put(
                        "link",
                        links.url(
                                reminder.patient(),
                                Optional.of("/referrals/" + reminder.request().value())));
                return variables;
            });
            outcome = switch (sent) {
                case TEXT -> Reminders.Outcome.TEXT;
                case EMAIL -> Reminders.Outcome.EMAIL;
                case NOT_SENT -> Reminders.Outcome.NOT_SENT;
            };
            Metrics.counter("reminders.sent", "outcome", outcome.name()).increment();
        } catch (RuntimeException e) {
            // Claimed, so it will not be tried again: a doubled reminder is worse than a missed one.
            LOG.warn(
                    "Reminder {} of appointment {} failed: {}",
                    reminder.kind(),
                    reminder.appointment().value(),
                    e.getClass().getSimpleName());
        }
        reminders.recordOutcome(reminder.appointment(), reminder.kind(), outcome, clock.instant());
    }
}
