package org.imagingnetwork.portal.reminders;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every instance looks for reminders due on a timer; PostgreSQL decides which instance sends each. */
@Singleton
@Requires(property = "portal.reminders.sweep-enabled", notEquals = "false")
final class ReminderSweep {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderSweep.class);

    private final ReminderSender sender;

    ReminderSweep(ReminderSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelay = "${portal.reminders.sweep-every:5m}", initialDelay = "30s")
    void sweep() {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            LOG.warn("Reminder sweep failed, will retry: {}", e.toString());
        }
    }
}
