package org.imagingnetwork.optimizer.allocation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import org.imagingnetwork.core.request.Priority;

/**
 * The order in which the initial fill takes requests, following the score's own levels, each band
 * earliest deadline first: patients whose booking a closure took away; urgent and two-week-wait
 * patients whose target day falls in the horizon (by target day); patients whose six weeks run out
 * in the horizon (by breach day); then everyone else, those whose wait weighs most first (urgent
 * patients already past their target among them).
 */
final class UrgencyOrder {
    private UrgencyOrder() {}

    static Comparator<Placement> of(Horizon horizon) {
        return Comparator.comparingInt((Placement p) -> band(p, horizon))
                .thenComparing(p -> deadline(p.request(), horizon))
                .thenComparing(p -> -p.request().waitUrgency(horizon.firstDay()))
                .thenComparing(p -> p.request().id().value());
    }

    static int band(Placement placement, Horizon horizon) {
        return placement.displaced() ? -1 : band(placement.request(), horizon);
    }

    private static int band(ListedRequest request, Horizon horizon) {
        boolean urgent = request.priority() == Priority.URGENT || request.priority() == Priority.TWO_WEEK_WAIT;
        if (urgent && request.targetDate().filter(horizon::contains).isPresent()) {
            return 0;
        }
        if (request.priority() != Priority.PLANNED && horizon.contains(request.breachDate())) {
            return 1;
        }
        return 2;
    }

    /** The day by which a patient of a band should be seen, for the bands that have one: target day, or breach day. */
    static Optional<Function<ListedRequest, LocalDate>> deadlineOf(int band) {
        return switch (band) {
            case 0 -> Optional.of(request -> request.targetDate().orElseThrow());
            case 1 -> Optional.of(ListedRequest::breachDate);
            default -> Optional.empty();
        };
    }

    /** The day that matters in the request's band; the same for every request of the last band. */
    private static LocalDate deadline(ListedRequest request, Horizon horizon) {
        return switch (band(request, horizon)) {
            case 0 -> request.targetDate().orElseThrow();
            case 1 -> request.breachDate();
            default -> horizon.firstDay();
        };
    }
}
