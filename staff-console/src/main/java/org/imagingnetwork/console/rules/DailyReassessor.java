package org.imagingnetwork.console.rules;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.imagingnetwork.core.request.DailyReassessment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks on a timer whether today's re-assessment of appointability is due. Every console instance
 * asks; the core's day row lets one of them run it, so a restart or a second instance never runs a
 * day twice, and a day is not missed while any instance is up.
 */
@Singleton
final class DailyReassessor {

    private static final Logger LOG = LoggerFactory.getLogger(DailyReassessor.class);

    private final DailyReassessment reassessment;
    private final String instance = "console-" + UUID.randomUUID();

    DailyReassessor(DailyReassessment reassessment) {
        this.reassessment = reassessment;
    }

    @Scheduled(
            fixedDelay = "${console.reassessment.check-every}",
            initialDelay = "${console.reassessment.first-check-after}")
    void runIfDue() {
        reassessment
                .runIfDue(instance)
                .ifPresent(result -> LOG.info(
                        "Daily re-assessment by {}: {} became appointable, {} no longer appointable",
                        instance,
                        result.becameAppointable(),
                        result.lapsed()));
    }
}
