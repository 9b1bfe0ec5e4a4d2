package org.imagingnetwork.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ClosedInjectionStep;

/** What the simulations share in stating their load and their targets. */
final class Targets {

    private Targets() {}

    /** The named request's 99th percentile response time at most this many milliseconds. */
    static Assertion p99(String request, int millis) {
        return details(request).responseTime().percentile(99.0).lte(millis);
    }

    /**
     * {@code -Dload.users} concurrent users ({@code users} unless set), reached over {@code
     * -Dload.rampSeconds} (30) and then held for {@code -Dload.seconds} (180): a closed model, each
     * user who finishes replaced by the next.
     */
    static ClosedInjectionStep[] concurrentUsers(int users) {
        int held = LoadSettings.number("load.users", users);
        return new ClosedInjectionStep[] {
            rampConcurrentUsers(0).to(held).during(LoadSettings.seconds("load.rampSeconds", 30)),
            constantConcurrentUsers(held).during(LoadSettings.seconds("load.seconds", 180))
        };
    }
}
