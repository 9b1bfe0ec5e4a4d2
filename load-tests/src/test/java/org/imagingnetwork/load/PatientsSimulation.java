package org.imagingnetwork.load;

import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;

import io.gatling.javaapi.core.Simulation;

/**
 * Scenario 1, patients ({@link PatientJourney}), through the load balancer in front of two portal
 * instances. Target: every page p99 ≤ 300 ms, no request failed.
 *
 * <p>{@code -Dload.users} concurrent patients (200) for {@code -Dload.seconds} (180) after a ramp of
 * {@code -Dload.rampSeconds} (30); patients from the seeding's {@code patients.csv} (or the file
 * named by {@code -Dload.patients}).
 */
public class PatientsSimulation extends Simulation {

    {
        setUp(new PatientJourney()
                        .journey(LoadSettings.records(LoadSettings.text("load.patients", "patients.csv")))
                        .injectClosed(Targets.concurrentUsers(200)))
                .protocols(PortalPages.protocol())
                .assertions(
                        global().failedRequests().count().is(0L),
                        forAll().responseTime().percentile(99.0).lte(300));
    }
}
