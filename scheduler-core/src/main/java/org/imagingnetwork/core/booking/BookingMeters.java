package org.imagingnetwork.core.booking;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What bookings come to, whichever app made them, in Micrometer's global registry (each app joins
 * its Prometheus registry to it): {@code bookings} by action (book, reschedule, cancel) and
 * outcome (Booked, SlotTaken, NotEligible…), and {@code booking.latency} by action and outcome.
 * Micrometer is a plain library, so the domain keeps no framework.
 */
final class BookingMeters {

    private BookingMeters() {}

    /** Decides, then counts the outcome and times the decision. */
    static <T> T measured(String action, Supplier<T> decision) {
        long started = System.nanoTime();
        T outcome = decision.get();
        String result = outcome.getClass().getSimpleName();
        Counter.builder("bookings")
                .description("Bookings, moves and cancellations by outcome")
                .tag("action", action)
                .tag("outcome", result)
                .register(Metrics.globalRegistry)
                .increment();
        Timer.builder("booking.latency")
                .description("Time to decide and commit a booking, move or cancellation")
                .tag("action", action)
                .tag("outcome", result)
                .publishPercentiles(0.5, 0.99)
                .register(Metrics.globalRegistry)
                .record(Duration.ofNanos(System.nanoTime() - started));
        return outcome;
    }
}
