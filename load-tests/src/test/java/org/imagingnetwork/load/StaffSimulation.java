package org.imagingnetwork.load;

import static io.gatling.javaapi.core.CoreDsl.global;

import io.gatling.javaapi.core.Simulation;

/**
 * Scenario 4, bookings staff in the console ({@link StaffJourney}), through the load balancer in
 * front of two console instances. Target (issue 11): the waiting list's first page, with or without
 * a filter, and a site's week in the diary p99 ≤ 300 ms; no request failed.
 *
 * <p>{@code -Dload.users} concurrent members of staff (50) for {@code -Dload.seconds} (180) after a
 * ramp of {@code -Dload.rampSeconds} (30); staff from the seeding's {@code staff.csv} (or the file
 * named by {@code -Dload.staff}). One who has done their rounds leaves, and another signs in.
 */
public class StaffSimulation extends Simulation {

    {
        setUp(new StaffJourney()
                        .journey(LoadSettings.records(LoadSettings.text("load.staff", "staff.csv")))
                        .injectClosed(Targets.concurrentUsers(50)))
                .protocols(ConsolePages.protocol())
                .assertions(
                        global().failedRequests().count().is(0L),
                        Targets.p99("worklist: first page", 300),
                        Targets.p99("worklist: first page, filtered", 300),
                        Targets.p99("diary: site week", 300),
                        Targets.p99("diary: site week, next", 300));
    }
}
