package org.imagingnetwork.optimizer.benchmark;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.time.London;

/**
 * How much of the generated waiting list is past six weeks on the day it is generated, counted as the
 * NHS diagnostics return (DM01) counts it: every patient waiting for a test, with or without an
 * appointment, planned tests left out. Printed beside the breaches so that a reader can judge how
 * far the generated network is from a real one.
 */
final class WaitingListShape {

    private static final Set<RequestState> WAITING_FOR_A_TEST =
            EnumSet.of(RequestState.RECEIVED, RequestState.VETTED, RequestState.WAITING, RequestState.APPOINTED);

    private WaitingListShape() {}

    static String describe(DemoNetwork network) {
        LocalDate today = London.clinicDay(network.asOf());
        List<Request> all = network.requests().stream()
                .filter(r -> WAITING_FOR_A_TEST.contains(r.state()))
                .filter(r -> r.priority() != Priority.PLANNED)
                .toList();
        List<Request> unbooked =
                all.stream().filter(r -> r.state() != RequestState.APPOINTED).toList();
        return String.format(
                Locale.ROOT,
                "waiting list on %s as DM01 counts it (waiting for a test, booked or not, planned tests left out):"
                        + " %,d patients, %.0f%% past six weeks; not yet booked: %,d, %.0f%% past six weeks",
                today,
                all.size(),
                pastSixWeeks(all, today) * 100,
                unbooked.size(),
                pastSixWeeks(unbooked, today) * 100);
    }

    private static double pastSixWeeks(List<Request> requests, LocalDate today) {
        return requests.isEmpty()
                ? 0
                : (double) requests.stream()
                                .filter(r -> r.breachDate().isBefore(today))
                                .count()
                        / requests.size();
    }
}
