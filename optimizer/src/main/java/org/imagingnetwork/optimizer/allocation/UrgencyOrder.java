package org.imagingnetwork.optimizer.allocation;

import java.time.LocalDate;
import java.util.Comparator;
import org.imagingnetwork.core.request.Priority;

/**
 * The order in which the initial fill takes requests, following the score's own levels: patients
 * whose booking a closure took away, then urgent and two-week-wait patients by target day, then routine patients who can still be seen inside six
 * weeks in this horizon (by breach day), then everyone else longest-waiting first.
 */
final class UrgencyOrder {
    private UrgencyOrder() {}

    static Comparator<Placement> of(Horizon horizon) {
        return Comparator.comparingInt((Placement p) -> band(p, horizon))
                .thenComparing(p -> keyDay(p.request()))
                .thenComparing(p -> p.request().id().value());
    }

    private static int band(Placement placement, Horizon horizon) {
        return placement.displaced() ? -1 : band(placement.request(), horizon);
    }

    private static int band(ListedRequest request, Horizon horizon) {
        if (request.priority() == Priority.URGENT || request.priority() == Priority.TWO_WEEK_WAIT) {
            return 0;
        }
        if (request.priority() != Priority.PLANNED && !request.breachDate().isBefore(horizon.firstDay())) {
            return request.breachDate().isAfter(horizon.lastDay()) ? 2 : 1;
        }
        return 2;
    }

    private static LocalDate keyDay(ListedRequest request) {
        return switch (request.priority()) {
            case URGENT, TWO_WEEK_WAIT -> request.targetDate().orElse(request.referredOn());
            case ROUTINE -> request.breachDate();
            case PLANNED -> request.dueDate().orElse(request.referredOn());
        };
    }
}
